/**
 * The words of a printed quotation (or of the paraphrase around it) as they are compared across outlets:
 * folded, contractions spelled out ("don't" = "do not"), number words as digits ("six" = "6", "1,200" =
 * "1200", "40%" = "40 per cent"), British and American spellings as one ("honour" = "honor"), each word
 * keeping the span it was read from, so a difference can be shown in the outlet's own characters.
 */
import { numberWord } from "../../lexicons/roles";
import { fold } from "../../text/text-similarity";

export type QuoteToken = { word: string; start: number; end: number };

const WORD_RE = /\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Contractions whose second part is a word of its own: "we've" = "we have". */
const CONTRACTION_TAILS: Record<string, string> = { ve: "have", re: "are", ll: "will", m: "am", d: "would" };
/** Negated auxiliaries whose stem changes: "won't" = "will not", "can't" = "can not". */
const IRREGULAR_NEGATIONS: Record<string, string> = { won: "will", can: "can", shan: "shall", ain: "is" };
const SPELLINGS: Array<[RegExp, string]> = [
  [/^(.{3,}[^aeiou])our(s|ed|ing|ite|ites|able)?$/, "$1or$2"], // colour, honour, labour
  [/^(.{3,})is(e|es|ed|ing|ation|ations)$/, "$1iz$2"], // organise, realisation
  [/^(.{2,})ys(e|es|ed|ing)$/, "$1yz$2"], // analyse
  [/^(.{2,}[^aeiou])tre(s)?$/, "$1ter$2"], // centre, metre
  [/^(.{2,}[ae])ll(ed|ing|er|ers)$/, "$1l$2"], // travelled, cancelling
  [/^(def|off|lic|pret)ence$/, "$1ense"],
  [/^judgement(s)?$/, "judgment$1"],
  [/^programme(s)?$/, "program$1"],
];

function spelling(word: string): string {
  for (const [re, to] of SPELLINGS) if (re.test(word)) return word.replace(re, to);
  return word;
}

function expand(word: string): string[] {
  if (/^\d/.test(word)) {
    const n = word.replace(/%$/, "").replace(/,(?=\d{3}\b)/g, "");
    return word.endsWith("%") ? [n, "per", "cent"] : [n];
  }
  if (word === "cannot") return ["can", "not"];
  if (word === "percent") return ["per", "cent"];
  const parts = word.split("'");
  if (parts.length === 1) {
    const n = numberWord(word);
    return [n !== undefined && n < 100 ? String(n) : spelling(word)];
  }
  const [head, tail] = parts;
  if (tail === "t" && head.endsWith("n")) return [IRREGULAR_NEGATIONS[head] ?? head.slice(0, -1), "not"];
  // possessive or "is" ('s) compare as the bare word: "the club's" = "the club"
  if (tail === "s") return [head];
  return CONTRACTION_TAILS[tail] ? [head, CONTRACTION_TAILS[tail]] : [head + tail];
}

/** The comparison words of text.slice(start, end), each with its span in `text`. */
export function quoteTokens(text: string, start = 0, end = text.length): QuoteToken[] {
  const out: QuoteToken[] = [];
  for (const m of text.slice(start, end).matchAll(WORD_RE)) {
    const s = start + m.index!;
    for (const w of expand(fold(m[0]))) out.push({ word: w, start: s, end: s + m[0].length });
  }
  return out;
}
