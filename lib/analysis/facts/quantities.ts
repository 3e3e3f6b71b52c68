/**
 * Quantities as news prose prints them, in one left-to-right pass over a sentence's tokens: digits and number
 * words, magnitudes ("4.2 million", "€9bn", "four hundred"), currencies, units, percentages, ratios ("seven
 * in ten"), fractions of magnitudes ("a quarter of a billion"), vague amounts ("dozens"), approximators and
 * bounds ("about", "more than", "up to"), ranges ("between 3 and 5") and compounds ("a 12-km crossing",
 * "a five-year deal", "a 22,000-seat stadium"). Tallies ("voted 7-4") are found in the same pass; years,
 * clock times, dates, ordinals and ages are left to their own rules.
 */
import { APPROXIMATORS, COUNT_NOUNS, FRACTION_WORDS, MAGNITUDES, VAGUE_AMOUNTS, isNumberWord, mayStartQuantity, parseDigits, parseNumberWords, type Approximator } from "@/lib/lexicons/numbers";
import { AMBIGUOUS_CURRENCY_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DIGIT_ONLY_UNITS, MAX_UNIT_WORDS, UNITS, type Dimension, type UnitInfo } from "@/lib/lexicons/units";
import { adjacent, type FactToken } from "./fact-tokens";

export type Quantity = {
  /** Token range [first, next) of the printed quantity, approximator and unit included. */
  first: number;
  next: number;
  /** The value in base units (metres, days, euros…) as an interval; a null bound is open. */
  low: number | null;
  high: number | null;
  /** The value as printed, in its printed unit, and half its last printed digit: for rounding across units. */
  printed: number;
  precision: number;
  /** The approximator or bound as printed ("about", "more than"), "vague" for "dozens", or null. */
  approx: string | null;
  /** "count" when there is no unit; else the unit's dimension. */
  dimension: Dimension | "count";
  /** Base unit ("m", "day", "%", "C") or currency code ("EUR"); null for a count. */
  unit: string | null;
  /** The unit as printed, folded ("km", "miles", "per cent"), or null. */
  printedUnit: string | null;
  /** "N-unit" or "N-noun" before a noun ("a 12-km crossing", "a 22,000-seat stadium"). */
  compound: boolean;
  /** The noun after the hyphen of a count compound ("seat" of "22,000-seat"). */
  compoundNoun: string | null;
};

export type Tally = { first: number; next: number; a: number; b: number };

const MONTH_RE = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
/** Words that make "7-4" a tally (a vote, a score, a verdict) rather than a range. */
const TALLY_CONTEXT = /\b(?:vot\w*|ballots?|favou?r|against|won|wins?|beat|lost|loses?|defeat\w*|draw|drew|scor\w*|margin|majority|verdict|jury|decision|ruled|approv\w*|rejected|backed)\b/;
const CHANGE_VERBS = /^(?:rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|increased|decreased|grew|grown|dropped|climbed|jumped|cut|reduced|raised|lowered|slashed|doubled)$/;

const APPROX_BY_FIRST = new Map<string, Array<[string[], Approximator, string]>>();
for (const [phrase, a] of APPROXIMATORS) {
  const words = phrase.split(" ");
  const list = APPROX_BY_FIRST.get(words[0]) ?? [];
  list.push([words, a, phrase]);
  APPROX_BY_FIRST.set(words[0], list);
}

const isWord = (t: FactToken | undefined, w?: string): t is FactToken => t !== undefined && t.kind === "word" && (w === undefined || t.lower === w);
const isDash = (t: FactToken | undefined) => t !== undefined && (t.text === "-" || t.text === "–");

/**
 * Half the last printed significant digit's place: 12 -> 0.5, 4.2 -> 0.05, 9,900 -> 50 ("9,900 acres" may be
 * 9,884 rounded), never more than a tenth of the value. Used only across units (a conversion rounds).
 */
function halfStep(printed: string): number {
  const dot = printed.indexOf(".");
  if (dot >= 0) return 0.5 * 10 ** -(printed.length - dot - 1);
  const zeros = /0*$/.exec(printed)![0].length;
  const value = Number(printed);
  return Math.min(0.5 * 10 ** zeros, Math.max(0.5, value * 0.1));
}

type Core = { value: number; next: number; step: number; vague?: { low: number; high: number | null }; rest?: string; rounded?: boolean };

/** The number starting at token i, before any magnitude, unit or currency word. */
function coreNumber(toks: FactToken[], i: number): Core | null {
  const t = toks[i];
  if (t.kind === "num") return digitsAt(toks, i);
  if (t.kind !== "word") return null;
  // "five-year", "nine-year-old", "twenty-five-mile": a number word compounded with what it measures
  if (t.lower.includes("-") && !isNumberWord(t.lower)) {
    const parts = t.lower.split("-");
    for (let k = Math.min(2, parts.length - 1); k >= 1; k--) {
      const v = parseNumberWords([parts.slice(0, k).join("-")]);
      if (v !== null) return { value: v, next: i + 1, step: 0.5, rest: parts.slice(k).join("-") };
    }
    return null;
  }
  if (isNumberWord(t.lower)) {
    // "one" is mostly a pronoun or an article ("one of the", "one worker"): a count only before a unit or noun
    let j = i + 1;
    const words = [t.lower];
    while (j < toks.length && isWord(toks[j]) && (isNumberWord(toks[j].lower) || toks[j].lower === "hundred" || toks[j].lower === "thousand" || (toks[j].lower === "and" && isWord(toks[j + 1]) && isNumberWord(toks[j + 1].lower) && words.includes("hundred")))) {
      words.push(toks[j++].lower);
    }
    const v = parseNumberWords(words);
    return v === null ? null : { value: v, next: j, step: 0.5 };
  }
  // "a dozen", "a couple of"
  if ((t.lower === "a" || t.lower === "one") && isWord(toks[i + 1]) && COUNT_NOUNS[toks[i + 1].lower] !== undefined) {
    let j = i + 2;
    if (isWord(toks[j], "of")) j++;
    return { value: COUNT_NOUNS[toks[i + 1].lower], next: j, step: 0.5 };
  }
  // "dozens (of)", "hundreds of", "several", "a few"
  const two = `${t.lower} ${toks[i + 1]?.lower ?? ""}`;
  const vague = VAGUE_AMOUNTS[two] ?? (t.lower !== "many" ? VAGUE_AMOUNTS[t.lower] : undefined);
  if (vague) {
    let j = i + (VAGUE_AMOUNTS[two] ? 2 : 1);
    if (isWord(toks[j], "of")) j++;
    return { value: vague.low, next: j, step: 0, vague };
  }
  return null;
}

/** Digits at token i, unless they are an ordinal, a clock time, a fraction, a year or a day of a month. */
function digitsAt(toks: FactToken[], i: number): Core | null {
  const t = toks[i];
  const v = parseDigits(t.text);
  if (v === null) return null;
  const nx = toks[i + 1];
  const pv = toks[i - 1];
  if (nx && adjacent(t, nx) && /^(?:st|nd|rd|th)$/.test(nx.lower)) return null;
  if (nx && adjacent(t, nx) && (nx.text === ":" || nx.text === "/")) return null;
  if (pv && adjacent(pv, t) && (pv.text === ":" || pv.text === "/" || pv.text === "#")) return null;
  if (isWord(nx) && /^[ap]\.?m\.?$/.test(nx.lower)) return null;
  if (/^\d{4}$/.test(t.text) && v >= 1800 && v <= 2100) return null;
  const before = pv?.text === "." ? toks[i - 2] : pv;
  if ((isWord(before) && MONTH_RE.test(before.lower)) || (isWord(nx) && MONTH_RE.test(nx.lower) && v <= 31)) return null;
  // "No. 9", "number 9": a designation, not an amount
  if (isWord(before) && (before.lower === "no" || before.lower === "number")) return null;
  return { value: v, next: i + 1, step: halfStep(t.text.replace(/,/g, "")) };
}

/** Approximator or bound words ending right before token i; the longest phrase wins. */
function approximatorBefore(toks: FactToken[], i: number): { first: number; phrase: string; a: Approximator } | null {
  for (let len = 3; len >= 1; len--) {
    const s = i - len;
    if (s < 0) continue;
    const list = APPROX_BY_FIRST.get(toks[s].lower);
    if (!list) continue;
    for (const [words, a, phrase] of list) {
      if (words.length === len && words.every((w, k) => toks[s + k].kind === "word" && toks[s + k].lower === w)) return { first: s, phrase, a };
    }
  }
  return null;
}

/** A unit name at token j (1-3 words, longest first): "km", "per cent", "square metres", "%". */
function unitAt(toks: FactToken[], j: number, afterDigits: boolean): { unit: UnitInfo; next: number; printed: string } | null {
  for (let len = MAX_UNIT_WORDS; len >= 1; len--) {
    if (j + len > toks.length) continue;
    const parts = toks.slice(j, j + len);
    if (len > 1 && parts.some((p, k) => k > 0 && p.start - parts[k - 1].end > 1)) continue;
    const spaced = parts.map((p) => p.lower).join(" ");
    const joined = parts.map((p) => p.lower).join("");
    const u = UNITS.get(spaced) ?? (len > 1 ? UNITS.get(joined) : undefined);
    if (!u) continue;
    if (len === 1 && DIGIT_ONLY_UNITS.has(parts[0].lower) && !afterDigits) continue;
    return { unit: u, next: j + len, printed: spaced };
  }
  return null;
}

/** A tally at token i: "7-4", "7–4", "7 to 4" or "seven votes to four", in a sentence about a vote or a score. */
function tallyNumber(t: FactToken | undefined): number | null {
  if (t?.kind === "num") return /^\d{1,3}$/.test(t.text) ? Number(t.text) : null;
  return isWord(t) && isNumberWord(t.lower) ? parseNumberWords([t.lower]) : null;
}

function tallyAt(toks: FactToken[], i: number): Tally | null {
  const av = tallyNumber(toks[i]);
  if (av === null) return null;
  let j = i + 1;
  if (isWord(toks[j]) && /^votes?$/.test(toks[j].lower)) j++;
  if (!(isDash(toks[j]) && adjacent(toks[j - 1], toks[j])) && !isWord(toks[j], "to")) return null;
  const bv = tallyNumber(toks[j + 1]);
  if (bv === null) return null;
  let next = j + 2;
  if (isWord(toks[next]) && /^votes?$/.test(toks[next].lower)) next++;
  // "2 to 3 weeks" is a range: a unit after the second number
  if (toks[next] && unitAt(toks, next, true)) return null;
  return { first: i, next, a: av, b: bv };
}

/** Every quantity and tally of a sentence, left to right, non-overlapping. */
export function findQuantities(toks: FactToken[], sentenceLower: string): { quantities: Quantity[]; tallies: Tally[] } {
  const quantities: Quantity[] = [];
  const tallies: Tally[] = [];
  let i = 0;
  const tallyContext = TALLY_CONTEXT.test(sentenceLower);
  while (i < toks.length) {
    // most tokens cannot start a number: a set lookup before any parsing
    const t = toks[i];
    if (t.kind === "punct" || (t.kind === "word" && !mayStartQuantity(t.lower)) || (t.kind === "sym" && !CURRENCY_SYMBOLS[t.text])) {
      i++;
      continue;
    }
    const tally = tallyContext ? tallyAt(toks, i) : null;
    if (tally) {
      tallies.push(tally);
      i = tally.next;
      continue;
    }
    const q = quantityAt(toks, i);
    if (q) {
      quantities.push(q);
      i = Math.max(q.next, i + 1);
    } else i++;
  }
  return { quantities, tallies };
}

function quantityAt(toks: FactToken[], i: number): Quantity | null {
  // a currency symbol before the number: "€4.2m", "$4.7 million"
  let currency: string | null = null;
  let at = i;
  if (toks[i].kind === "sym" && CURRENCY_SYMBOLS[toks[i].text] && toks[i + 1]?.kind === "num") {
    currency = CURRENCY_SYMBOLS[toks[i].text];
    at = i + 1;
  } else if (toks[i].kind === "sym") return null;
  const frac = fractionOfMagnitude(toks, at);
  const core: Core | null = frac ?? coreNumber(toks, at);
  if (!core) return null;
  let value = core.value;
  let high: number | null = core.vague ? core.vague.high : value;
  let printed = core.value;
  let step = core.step;
  let j = core.next;
  const digits = toks[at].kind === "num";
  // magnitude: "4.2 million", "€9bn", "4.2m", "five million"
  const mg = toks[j];
  if (!frac && isWord(mg) && MAGNITUDES[mg.lower] !== undefined && !core.rest) {
    const short = mg.lower.length <= 2;
    // "4.2m" and "9bn" need the letters glued to the digits; a lone "m" after digits is metres unless money
    if (!short || (adjacent(toks[j - 1], mg) && (mg.lower !== "m" || currency !== null))) {
      value *= MAGNITUDES[mg.lower];
      high = high === null ? null : high * MAGNITUDES[mg.lower];
      step *= MAGNITUDES[mg.lower];
      printed = value;
      j++;
    }
  }
  // a ratio "seven in ten", "one in five": a percentage
  if (!currency && isWord(toks[j], "in") && toks[j + 1] && (toks[j + 1].kind === "num" || isNumberWord(toks[j + 1].lower))) {
    const den = toks[j + 1].kind === "num" ? parseDigits(toks[j + 1].text) : parseNumberWords([toks[j + 1].lower]);
    if (den && den > value && den <= 1000) {
      const pct = (value / den) * 100;
      return withBounds(toks, i, j + 2, core, { low: pct, high: pct, printed: pct, precision: 0, dimension: "percent", unit: "%", printedUnit: "in", compound: false, compoundNoun: null });
    }
  }
  // a currency word after it: "4.2 million euros"; "pounds" is money only after a magnitude
  if (!currency && isWord(toks[j]) && CURRENCY_WORDS[toks[j].lower]) {
    const w = toks[j].lower;
    if (!AMBIGUOUS_CURRENCY_WORDS.has(w) || value >= 1e6) {
      currency = CURRENCY_WORDS[w];
      j++;
    }
  }
  if (currency) {
    return withBounds(toks, i, j, core, { low: value, high, printed, precision: step, dimension: "money", unit: currency, printedUnit: currency, compound: false, compoundNoun: null });
  }
  // "22,000-seat", "five-year", "12-kilometre": what follows the hyphen
  let rest = core.rest ?? null;
  if (rest === null && isDash(toks[j]) && adjacent(toks[j - 1], toks[j]) && isWord(toks[j + 1]) && adjacent(toks[j], toks[j + 1])) {
    rest = toks[j + 1].lower;
    j += 2;
  }
  if (rest !== null) {
    // "year-old" is an age, left to the age rule
    if (/^(?:year|month|week|day)s?-olds?$/.test(rest) || /^(?:year|month|week|day)s?$/.test(rest) && isDash(toks[j]) && isWord(toks[j + 1], "old")) return null;
    const bare = rest.replace(/-(?:long|wide|high|deep|tall|strong)$/, "");
    const u = UNITS.get(bare);
    if (u) {
      return withBounds(toks, i, j, core, { low: value * u.factor, high: high === null ? null : high * u.factor, printed, precision: step * u.factor, dimension: u.dimension, unit: u.base, printedUnit: bare, compound: true, compoundNoun: null });
    }
    return withBounds(toks, i, j, core, { low: value, high, printed, precision: step, dimension: "count", unit: null, printedUnit: null, compound: true, compoundNoun: bare });
  }
  // a unit after it: "%", "per cent", "km", "square metres"
  const u = toks[j] ? unitAt(toks, j, digits && toks[j].start - toks[j - 1].end <= 1) : null;
  if (u) {
    if (isWord(toks[u.next]) && /^olds?$/.test(toks[u.next].lower)) return null;
    return withBounds(toks, i, u.next, core, { low: value * u.unit.factor, high: high === null ? null : high * u.unit.factor, printed, precision: step * u.unit.factor, dimension: u.unit.dimension, unit: u.unit.base, printedUnit: u.printed, compound: false, compoundNoun: null });
  }
  // a range: "between 3 and 5", "3 to 5", "3-5"
  const range = rangeEnd(toks, at, j, value);
  if (range) {
    // the unit printed once, after the second number: "between 3 and 5 km", "3-5 days"
    const ru = toks[range.next] ? unitAt(toks, range.next, digits) : null;
    const f = ru?.unit.factor ?? 1;
    return withBounds(toks, range.first ?? i, ru?.next ?? range.next, core, {
      low: value * f, high: range.high * f, printed, precision: 0, dimension: ru?.unit.dimension ?? "count", unit: ru?.unit.base ?? null,
      printedUnit: ru?.printed ?? null, compound: false, compoundNoun: null,
    });
  }
  return withBounds(toks, i, j, core, { low: value, high, printed, precision: step, dimension: "count", unit: null, printedUnit: null, compound: false, compoundNoun: null });
}

type Body = Omit<Quantity, "first" | "next" | "approx">;

/** Applies an approximator or bound printed before the quantity ("about", "more than", "up to"). */
function withBounds(toks: FactToken[], first: number, next: number, core: Core, body: Body): Quantity {
  const ap = approximatorBefore(toks, first);
  const q: Quantity = { first, next, approx: core.vague ? "vague" : null, ...body };
  if (core.rounded && !ap && q.low !== null) {
    q.approx = "about";
    q.high = q.low * 1.1;
    q.low = q.low * 0.9;
    return q;
  }
  if (!ap || core.vague || q.low === null) return q;
  const v = q.low;
  q.first = ap.first;
  q.approx = ap.phrase;
  const { kind, tolerance } = ap.a;
  if (kind === "about") {
    const tol = (tolerance ?? 0.1) * v;
    q.low = v - tol;
    q.high = v + tol;
  } else if (kind === "min") q.high = null;
  else if (kind === "max") q.low = body.dimension === "temperature" ? null : 0;
  else if (kind === "nearly") q.low = v * 0.85;
  else if (kind === "over") q.high = v * 1.15;
  return q;
}

/** "a quarter of a billion", "half a million", "three-quarters of a million": value and next index. */
function fractionOfMagnitude(toks: FactToken[], i: number): Core | null {
  let j = i;
  let fraction: number | null = null;
  const t = toks[j];
  if (isWord(t) && t.lower.includes("-")) {
    const [n, f] = t.lower.split("-");
    const nv = parseNumberWords([n]);
    if (nv !== null && FRACTION_WORDS[f] !== undefined) {
      fraction = nv * FRACTION_WORDS[f];
      j++;
    }
  }
  if (fraction === null) {
    if (isWord(toks[j], "a") || isWord(toks[j], "one")) j++;
    const f = toks[j];
    if (!isWord(f) || FRACTION_WORDS[f.lower] === undefined) return null;
    fraction = FRACTION_WORDS[f.lower];
    j++;
  }
  if (isWord(toks[j], "of")) j++;
  if (isWord(toks[j], "a")) j++;
  const m = toks[j];
  if (!isWord(m) || MAGNITUDES[m.lower] === undefined || m.lower.length <= 2) return null;
  // "a quarter of a billion" is a round figure: about 250 million
  return { value: fraction * MAGNITUDES[m.lower], next: j + 1, step: 0.05 * MAGNITUDES[m.lower], vague: undefined, rounded: true };
}

/** The second number of a range whose first ended at j: "… and 5", "… to 5", "…-5". */
function rangeEnd(toks: FactToken[], start: number, j: number, low: number): { high: number; next: number; first?: number } | null {
  const lead = toks[start - 1];
  const between = isWord(lead, "between") || isWord(lead, "from");
  const sep = toks[j];
  if (!sep) return null;
  const joiner = between ? isWord(sep, "and") || isWord(sep, "to") : isWord(sep, "to") || (isDash(sep) && adjacent(toks[j - 1], sep));
  if (!joiner) return null;
  // "rose from 8 to 12" is a change: its new value is read on its own
  if (isWord(lead, "from") && CHANGE_VERBS.test(toks[start - 2]?.lower ?? "")) return null;
  const t = toks[j + 1];
  const high = t?.kind === "num" ? parseDigits(t.text) : isWord(t) && isNumberWord(t.lower) ? parseNumberWords([t.lower]) : null;
  if (high === null || high < low) return null;
  if (t.kind === "num" && /^\d{4}$/.test(t.text) && high >= 1800 && high <= 2100) return null;
  return { high, next: j + 2, first: between ? start - 1 : undefined };
}
