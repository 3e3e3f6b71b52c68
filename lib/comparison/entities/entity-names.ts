/**
 * How a printed entity name compares with another: folded, title-stripped tokens, initials, and the
 * general rules by which a shorter or differently spelled person name can denote the same person.
 */
import type { TEntityType } from "@/lib/schemas/pipeline";
import { fold, jaroWinkler } from "../../text/text-similarity";

/** Honorifics and office words that may precede a person's name in print. */
const TITLE_WORDS = new Set(
  `mr mrs ms miss mx dr prof sir dame lord lady president vice-president vp ex-president former ex late acting interim
  minister prime secretary foreign interior senator sen governor gov mayor judge justice general gen colonel col captain
  capt lieutenant lt sergeant sgt commander admiral chancellor premier king queen prince princess sheikh pope cardinal
  bishop archbishop reverend rev professor ambassador envoy consul deputy representative rep congressman congresswoman
  spokesperson spokesman spokeswoman chief head leader director chairman chairwoman candidate presidential
  detective officer inspector sheriff president-elect emir sultan ayatollah rabbi imam pastor father saint st`.split(/\s+/),
);
/** Particles that are part of names but not informative on their own. */
const NAME_PARTICLES = new Set("de del la las los da das do dos di du van von der den bin ibn al el y e le".split(" "));
const ACRONYM_STOP = new Set("of the and for de del la on in at to en".split(" "));
const POSS_RE = /['’]s?$/u;
const LEADING_THE_RE = /^the\s+/i;

/** A printed form with spacing collapsed and any possessive stripped: "Acme's" → "Acme". */
export function cleanPrinted(s: string): string {
  return s.replace(/\s+/g, " ").trim().replace(POSS_RE, "").trim();
}

/** Folded tokens of a printed name without a leading "the"; a person's leading titles are dropped too. */
export function nameTokens(printed: string, type: TEntityType): string[] {
  const toks = fold(printed.replace(LEADING_THE_RE, ""))
    .split(/[\s]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, "").replace(/'s$/, ""))
    .filter(Boolean);
  if (type !== "person") return toks;
  let i = 0;
  while (i < toks.length - 1 && TITLE_WORDS.has(toks[i].replace(/\.$/, ""))) i++;
  return toks.slice(i);
}

/** First letters of the non-particle tokens: the acronym a name would have. */
export function initialsOf(tokens: string[]): string {
  return tokens
    .filter((t) => !ACRONYM_STOP.has(t) && !NAME_PARTICLES.has(t))
    .map((t) => t[0])
    .join("");
}

/** Distinctive (non-particle) tokens of a name. */
export const informative = (toks: string[]) => toks.filter((t) => !NAME_PARTICLES.has(t));

/** Whether a shorter person name can denote the same person as a longer one. */
export function personNameFits(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  const s = informative(short);
  const l = informative(long);
  if (s.length === 0) return false;
  // contiguous run (a double surname "B C" inside "A X B C")
  for (let i = 0; i + s.length <= l.length; i++) {
    if (s.every((t, j) => l[i + j] === t)) {
      // a run starting at the first token must be more than a bare first name
      return !(i === 0 && s.length === 1);
    }
  }
  // first name + one of the surnames ("A B" inside "A X B C")
  if (s.length === 2 && l.length >= 3 && s[0] === l[0] && l.slice(1).includes(s[1])) return true;
  return false;
}

/** Same-length names that differ only by a spelling variant in a surname ("Mohammed bin Salmán"/"Salman"). */
export function spellingVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a[0] !== b[0]) return false;
  let diffs = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i].length < 5 || b[i].length < 5 || jaroWinkler(a[i], b[i]) < 0.94) return false;
    diffs++;
  }
  return diffs === 1;
}

/** A printed name without a leading "the", original casing and diacritics kept. */
export function withoutLeadingThe(printed: string): string {
  return printed.replace(LEADING_THE_RE, "");
}
