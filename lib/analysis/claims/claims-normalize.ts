import { COUNTRY_FORMS } from "../../lexicons/countries";
import { numberWord } from "../../lexicons/roles";

const DEMONYM_LOWER: Map<string, string> = new Map(
  [...COUNTRY_FORMS.entries()].filter(([, v]) => v.kind === "demonym").map(([k, v]) => [k.toLowerCase(), v.name.toLowerCase()]),
);

const ARTICLES = new Set(["the", "a", "an"]);
const REGION_PREFIXES = new Set(["latin", "ibero", "south", "north", "central", "pan", "afro", "anglo"]);

/** Normalise a printed value for comparison. */
export function normalizeValue(v: string): string {
  let s = v.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”"]/g, "");
  s = s.replace(/'s\b/g, "").replace(/s'(?=\s|$)/g, "s");
  s = s.replace(/(\p{L})-(\p{L})/gu, "$1 $2");
  const words = s.split(/\s+/).filter((w) => w && !ARTICLES.has(w));
  // "latin american" stays a region, "american" alone names the country
  s = words.map((w, i) => (REGION_PREFIXES.has(words[i - 1] ?? "") ? w : DEMONYM_LOWER.get(w) ?? w)).join(" ");
  s = s.replace(/\b(once|twice|thrice)\b/g, (m) => `${numberWord(m)} times`);
  s = s.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, (m) => String(numberWord(m)));
  s = s.replace(/^between (\S+) and (\S+)$/, "$1-$2").replace(/^from (\d{4}) (?:to|until|till) (\d{4})$/, "$1-$2");
  s = s.replace(/^(?:over|in|during|for) (?:last|past) /, "last ");
  return s.replace(/[.,;:!?]+$/g, "").replace(/\s+/g, " ").trim();
}
