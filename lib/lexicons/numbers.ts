/**
 * How English news prose writes numbers in words, and the words around a number that make it approximate,
 * a bound or a vague amount. General vocabulary only.
 */

export const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Multipliers after a number: "four hundred", "2.4 million", "€9bn". */
export const MAGNITUDES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
};
/** Words that name a number on their own: "a dozen", "a couple", "a score". */
export const COUNT_NOUNS: Record<string, number> = { dozen: 12, couple: 2, pair: 2, score: 20 };
/** Fractions printed as words: "a quarter of a billion", "half a million", "two-thirds of". */
export const FRACTION_WORDS: Record<string, number> = { half: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25, fifth: 0.2, fifths: 0.2, tenth: 0.1, tenths: 0.1 };
/** Ordinals: "the second-highest", "its third". */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
/** Vague amounts: the lower bound each one commits to ("dozens" is at least 24), and no upper bound. */
export const VAGUE_AMOUNTS: Record<string, { low: number; high: number | null }> = {
  dozens: { low: 24, high: null }, hundreds: { low: 200, high: null }, thousands: { low: 2000, high: null },
  millions: { low: 2e6, high: null }, billions: { low: 2e9, high: null }, scores: { low: 40, high: null },
  several: { low: 3, high: 9 }, "a few": { low: 2, high: 6 }, "a handful": { low: 2, high: 7 }, many: { low: 5, high: null },
};

/**
 * Words before a number that bound or loosen it. `kind` says how: "about" ±10% (±15% for "some"/"an estimated"),
 * "min"/"max" an open bound (strict or not), "nearly" just under, "up to" a ceiling.
 */
export type Approximator = { kind: "about" | "min" | "max" | "nearly" | "over"; strict: boolean; tolerance?: number };
export const APPROXIMATORS: Array<[string, Approximator]> = [
  ["no fewer than", { kind: "min", strict: false }],
  ["no less than", { kind: "min", strict: false }],
  ["no more than", { kind: "max", strict: false }],
  ["more than", { kind: "min", strict: true }],
  ["upwards of", { kind: "min", strict: true }],
  ["in excess of", { kind: "min", strict: true }],
  ["at least", { kind: "min", strict: false }],
  ["a minimum of", { kind: "min", strict: false }],
  ["as many as", { kind: "max", strict: false }],
  ["as much as", { kind: "max", strict: false }],
  ["up to", { kind: "max", strict: false }],
  ["at most", { kind: "max", strict: false }],
  ["a maximum of", { kind: "max", strict: false }],
  ["less than", { kind: "max", strict: true }],
  ["fewer than", { kind: "max", strict: true }],
  ["just under", { kind: "nearly", strict: true }],
  ["just over", { kind: "over", strict: true }],
  ["just above", { kind: "over", strict: true }],
  ["just below", { kind: "nearly", strict: true }],
  ["close to", { kind: "nearly", strict: false }],
  ["almost", { kind: "nearly", strict: false }],
  ["nearly", { kind: "nearly", strict: false }],
  ["approximately", { kind: "about", strict: false }],
  ["an estimated", { kind: "about", strict: false, tolerance: 0.15 }],
  ["estimated", { kind: "about", strict: false, tolerance: 0.15 }],
  ["roughly", { kind: "about", strict: false }],
  ["around", { kind: "about", strict: false }],
  ["about", { kind: "about", strict: false }],
  ["some", { kind: "about", strict: false, tolerance: 0.15 }],
  ["circa", { kind: "about", strict: false }],
  ["over", { kind: "min", strict: true }],
  ["under", { kind: "max", strict: true }],
  ["below", { kind: "max", strict: true }],
  ["above", { kind: "min", strict: true }],
];

/** Words after a counted number that make it an addition to an earlier figure, not a total: "two more bodies". */
export const INCREMENT_WORDS = new Set(["more", "further", "additional", "extra", "another", "other", "new"]);

/** Digits' thousands separators and decimal points as printed: "1,200", "4.2", "1.200" (never read as 1.2). */
export function parseDigits(s: string): number | null {
  const t = s.replace(/[\s\u00A0\u202F]/g, "");
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (/^\d+,\d{1,2}$/.test(t)) return Number(t.replace(",", "."));
  return null;
}

/** A number written in words ("twenty-five", "four hundred", "thirty-six"), or null. */
export function parseNumberWords(words: string[]): number | null {
  if (!words.length) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === "and" && seen) continue;
    const parts = w.split("-");
    if (parts.length === 2 && TENS_WORDS[parts[0]] !== undefined && UNITS_WORDS[parts[1]] !== undefined && UNITS_WORDS[parts[1]] < 10) {
      current += TENS_WORDS[parts[0]] + UNITS_WORDS[parts[1]];
      seen = true;
    } else if (UNITS_WORDS[w] !== undefined) {
      current += UNITS_WORDS[w];
      seen = true;
    } else if (TENS_WORDS[w] !== undefined) {
      current += TENS_WORDS[w];
      seen = true;
    } else if (w === "hundred" && seen) {
      current *= 100;
    } else if ((w === "thousand" || w === "million" || w === "billion") && seen) {
      total += current * MAGNITUDES[w];
      current = 0;
    } else return null;
  }
  return seen ? total + current : null;
}

const NUMBER_WORDS = new Set<string>([...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS)]);
for (const t of Object.keys(TENS_WORDS)) for (const u of Object.keys(UNITS_WORDS)) if (UNITS_WORDS[u] > 0 && UNITS_WORDS[u] < 10) NUMBER_WORDS.add(`${t}-${u}`);

/** A number written as one word: "six", "forty", "thirty-six" (lower case). */
export const isNumberWord = (w: string): boolean => NUMBER_WORDS.has(w) || NUMBER_WORDS.has(w.toLowerCase());

/**
 * Words a quantity can start with, besides digits: number words (also compounded: "five-year"), "a"/"one"
 * ("a dozen", "a quarter of a billion"), vague amounts and fractions. A quick test before any parsing.
 */
const STARTERS = new Set<string>([...NUMBER_WORDS, "a", "one", "half", ...Object.keys(FRACTION_WORDS), ...Object.keys(VAGUE_AMOUNTS).map((k) => k.split(" ")[0])]);
export function mayStartQuantity(lower: string): boolean {
  if (STARTERS.has(lower)) return true;
  const dash = lower.indexOf("-");
  return dash > 0 && NUMBER_WORDS.has(lower.slice(0, dash));
}
