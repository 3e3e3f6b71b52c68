/**
 * How two printings of one quotation differ, as a fact-checker reads them: over the stretch of words both
 * print, does one carry a negation or a hedge the other lacks (in the quote or in the paraphrase around a
 * partial quote), and were words replaced? Extra words at either end are excerpting, not a change; words
 * left out in the middle are elision when the shorter printing marks it ("…"); capitals, punctuation,
 * contractions and changes of function words alone ("a" for "the") are not differences at all.
 */
import { diffArrays } from "diff";
import { STOPWORDS, stem } from "../../text/text-similarity";
import { stanceAround, type PrintedQuote, type Stance } from "./quote-stance";
import { quoteTokens, type QuoteToken } from "./quote-tokens";

export type Span = { start: number; end: number };

/** One printing's side of the comparison: the shared stretch, its frame and its stance. */
export type PrintingReading = { region: Span; frame: Span; stance: Stance };

export type QuoteDifference = {
  a: PrintingReading;
  b: PrintingReading;
  /** Negations that govern the shared words in one printing and not in the other. */
  negationChanged: boolean;
  hedgesOnlyA: string[];
  hedgesOnlyB: string[];
  /** Content words one printing has where the other has others (or none), as printed. */
  replaced: Array<{ a: string; b: string }>;
};

const ELLIPSIS_RE = /…|\.\s?\.\s?\./;
const STANCE_WORDS = new Set(["not", "no", "never", "if", "unless"]);
const isFunctionWord = (w: string) => STOPWORDS.has(w) && !STANCE_WORDS.has(w);

type Hunk = { a: QuoteToken[]; b: QuoteToken[] };

/** Common stretch (first to last shared word) of two token lists, with the changed hunks inside it. */
function alignTokens(ta: QuoteToken[], tb: QuoteToken[]): { a: Span; b: Span; hunks: Hunk[] } | null {
  const parts = diffArrays(
    ta.map((t) => t.word),
    tb.map((t) => t.word),
  );
  let i = 0;
  let j = 0;
  const common: Array<[number, number]> = [];
  const hunks: Array<Hunk & { afterCommon: number }> = [];
  let open: (Hunk & { afterCommon: number }) | null = null;
  for (const p of parts) {
    const n = p.value.length;
    if (!p.added && !p.removed) {
      for (let k = 0; k < n; k++) common.push([i + k, j + k]);
      i += n;
      j += n;
      open = null;
      continue;
    }
    if (!open) hunks.push((open = { a: [], b: [], afterCommon: common.length }));
    if (p.removed) open.a.push(...ta.slice(i, (i += n)));
    else open.b.push(...tb.slice(j, (j += n)));
  }
  if (common.length === 0) return null;
  const [fa, fb] = common[0];
  const [la, lb] = common[common.length - 1];
  // hunks before the first or after the last shared word are excerpting
  const inner = hunks.filter((h) => h.afterCommon > 0 && h.afterCommon < common.length);
  return { a: { start: ta[fa].start, end: ta[la].end }, b: { start: tb[fb].start, end: tb[lb].end }, hunks: inner };
}

const printed = (text: string, tokens: QuoteToken[]) => (tokens.length ? text.slice(tokens[0].start, tokens[tokens.length - 1].end) : "");

/** Content-word replacements among the hunks; an unmarked elision counts, a marked one ("…") does not. */
function replacedWords(pa: PrintedQuote, pb: PrintedQuote, hunks: Hunk[]): QuoteDifference["replaced"] {
  const out: QuoteDifference["replaced"] = [];
  const marksElision = (p: PrintedQuote) => ELLIPSIS_RE.test(p.text.slice(p.start, p.end));
  // "[the company]": words an editor put in brackets are marked as not the speaker's
  const bracketed = (p: PrintedQuote, ts: QuoteToken[]) => ts.length > 0 && ts.every((t) => p.text.lastIndexOf("[", t.start) > Math.max(p.text.lastIndexOf("]", t.start), p.start - 1));
  for (const h of hunks) {
    if (bracketed(pa, h.a) || bracketed(pb, h.b)) continue;
    if ([...h.a, ...h.b].every((t) => isFunctionWord(t.word))) continue;
    // the same words in another grammatical form ("decision" / "decisions") are not a change of wording
    if (h.a.length === h.b.length && h.a.every((t, k) => stem(t.word) === stem(h.b[k].word))) continue;
    if (h.a.length === 0 && marksElision(pa)) continue;
    if (h.b.length === 0 && marksElision(pb)) continue;
    out.push({ a: printed(pa.text, h.a), b: printed(pb.text, h.b) });
  }
  return out;
}

/** How printing `b` differs from printing `a`; null when they share no words. */
export function compareQuotePrintings(pa: PrintedQuote, pb: PrintedQuote): QuoteDifference | null {
  const ta = quoteTokens(pa.text, pa.start, pa.end);
  const tb = quoteTokens(pb.text, pb.start, pb.end);
  const aligned = alignTokens(ta, tb);
  if (!aligned) return null;
  const ra = stanceAround(pa, aligned.a.start, aligned.a.end);
  const rb = stanceAround(pb, aligned.b.start, aligned.b.end);
  const only = (x: string[], y: string[]) => x.filter((w) => !y.includes(w));
  return {
    a: { region: aligned.a, ...ra },
    b: { region: aligned.b, ...rb },
    negationChanged: ra.stance.negations.length !== rb.stance.negations.length,
    hedgesOnlyA: [...new Set(only(ra.stance.hedges, rb.stance.hedges))],
    hedgesOnlyB: [...new Set(only(rb.stance.hedges, ra.stance.hedges))],
    replaced: replacedWords(pa, pb, aligned.hunks),
  };
}

/** Does the difference change what the quote says (a negation, a hedge or a condition)? */
export const changesSense = (d: QuoteDifference) => d.negationChanged || d.hedgesOnlyA.length > 0 || d.hedgesOnlyB.length > 0;
