import { COUNTRY_FORMS } from "./lexicon-countries";
import { numberWord } from "./lexicon-roles";

const DEMONYM_LOWER: Map<string, string> = new Map(
  [...COUNTRY_FORMS.entries()].filter(([, v]) => v.kind === "demonym").map(([k, v]) => [k.toLowerCase(), v.name.toLowerCase()]),
);

/** Normalise a printed value for comparison. */
export function normalizeValue(v: string): string {
  let s = v.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”"]/g, "");
  s = s.replace(/'s\b/g, "").replace(/s'(?=\s|$)/g, "s");
  s = s.replace(/(\p{L})-(\p{L})/gu, "$1 $2");
  s = s
    .split(/\s+/)
    .filter((w) => w && !/^(?:the|a|an)$/.test(w))
    .map((w, i, arr) => (/^(?:latin|ibero|south|north|central|pan|afro|anglo)$/.test(arr[i - 1] ?? "") ? w : DEMONYM_LOWER.get(w) ?? w))
    .join(" ");
  s = s.replace(/\b(once|twice|thrice)\b/g, (m) => `${numberWord(m)} times`);
  s = s.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, (m) => String(numberWord(m)));
  s = s.replace(/^between (\S+) and (\S+)$/, "$1-$2").replace(/^from (\d{4}) (?:to|until|till) (\d{4})$/, "$1-$2");
  s = s.replace(/^(?:over|in|during|for) (?:last|past) /, "last ");
  return s.replace(/[.,;:!?]+$/g, "").replace(/\s+/g, " ").trim();
}
