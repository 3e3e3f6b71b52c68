/** Count values of claims ("about 40 people"): the number, whether it is approximate, and what is counted. */
import { canonicalTerm, plainWords } from "../../text/text-similarity";

/** Number words and their values; time spans read them too ("for three years"). */
export const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    a: 1, an: 1, one: 1, once: 1, single: 1, two: 2, twice: 2, both: 2, couple: 2, three: 3, thrice: 3, four: 4, five: 5,
    six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
    sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
    dozen: 12, thousand: 1000, million: 1_000_000,
  }),
);

const APPROX_WORDS = new Set("about around approximately nearly almost roughly some least more most over under than up dozens hundreds thousands several many few estimated".split(" "));
const COUNT_FILLER = new Set("time times".split(" "));

export type CountInfo = { n: number | null; approx: boolean; thing: string[] };

export function parseCount(value: string, normalized: string): CountInfo {
  const ws = plainWords(normalized || value);
  let n: number | null = null;
  let approx = false;
  const thing: string[] = [];
  for (const w of ws) {
    if (/^\d+(?:[.,]\d+)?$/.test(w)) {
      if (n === null) n = +w.replace(/,/g, "");
      continue;
    }
    if (NUMBER_WORDS.has(w) && w !== "a" && w !== "an") {
      if (n === null) n = NUMBER_WORDS.get(w)!;
      continue;
    }
    if (APPROX_WORDS.has(w)) {
      approx = true;
      continue;
    }
    if (COUNT_FILLER.has(w) || w.length < 2) continue;
    thing.push(canonicalTerm(w));
  }
  return { n, approx, thing };
}
