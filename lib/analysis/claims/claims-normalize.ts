import { COUNTRY_FORMS } from "../../lexicons/countries";
import { numberWord } from "../../lexicons/roles";

const DEMONYM_LOWER: Map<string, string> = new Map(
  [...COUNTRY_FORMS.entries()].filter(([, v]) => v.kind === "demonym").map(([k, v]) => [k.toLowerCase(), v.name.toLowerCase()]),
);

const ARTICLES = new Set(["the", "a", "an"]);
const REGION_PREFIXES = new Set(["latin", "ibero", "south", "north", "central", "pan", "afro", "anglo"]);
/** Small numbers and multiplicatives in words: "two" → 2, "twice" → "2 times" (one scan for both). */
const NUMBER_WORD_RE = /\b(?:once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g;
const MULTIPLICATIVE = new Set(["once", "twice", "thrice"]);

/**
 * Normalise a printed value for comparison: lower case, no quotation marks, articles or possessive endings,
 * demonyms as their country ("Mexican president" = "mexico president"), small number words as digits.
 * Each rewrite runs only when its trigger character or word can occur: this runs for every claim added.
 */
export function normalizeValue(v: string): string {
  let s = v.toLowerCase();
  if (/[’‘“”"]/.test(s)) s = s.replace(/[’‘]/g, "'").replace(/[“”"]/g, "");
  if (s.includes("'")) s = s.replace(/'s\b/g, "").replace(/s'(?=\s|$)/g, "s");
  if (s.includes("-")) s = s.replace(/(\p{L})-(\p{L})/gu, "$1 $2");
  const words = s.split(/\s+/);
  let out = "";
  let prev = "";
  for (const w of words) {
    if (!w || ARTICLES.has(w)) continue;
    // "latin american" stays a region, "american" alone names the country
    const mapped = REGION_PREFIXES.has(prev) ? w : DEMONYM_LOWER.get(w) ?? w;
    out = out ? `${out} ${mapped}` : mapped;
    prev = w;
  }
  s = out.replace(NUMBER_WORD_RE, (m) => (MULTIPLICATIVE.has(m) ? `${numberWord(m)} times` : String(numberWord(m))));
  if (s.startsWith("between ")) s = s.replace(/^between (\S+) and (\S+)$/, "$1-$2");
  else if (s.startsWith("from ")) s = s.replace(/^from (\d{4}) (?:to|until|till) (\d{4})$/, "$1-$2");
  if (/^(?:over|in|during|for) (?:last|past) /.test(s)) s = s.replace(/^(?:over|in|during|for) (?:last|past) /, "last ");
  // the words were joined by single spaces: only the edges can still need trimming
  return s.replace(/[.,;:!?]+$/, "").trim();
}
