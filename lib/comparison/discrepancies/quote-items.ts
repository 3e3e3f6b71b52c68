/**
 * Discrepancy items for quotations. An item points at exact source text: the quote itself, or, when the
 * difference lies in how an outlet frames the quote (who it credits, the paraphrase around a partial quote),
 * the sentence that carries the quote with its attribution.
 */
import type { TDiscrepancyItem } from "@/lib/schemas/pipeline";
import type { DiscrepancyContext } from "./discrepancy-context";
import { quoteItem } from "./discrepancy-context";

/** An attribution cue further than this from its quote is not shown with it. */
const MAX_CUE_GAP = 200;

/** The quote with the sentence(s) around it and its printed attribution; null when the offsets do not fit. */
export function quoteSentenceItem(ctx: DiscrepancyContext, sourceId: string, quoteIndex: number): TDiscrepancyItem | null {
  const a = ctx.bySource.get(sourceId)!.analysis;
  const q = a.quotes[quoteIndex];
  if (!(q.start >= 0 && q.end > q.start && q.end <= a.text.length)) return null;
  let from = q.start;
  let to = q.end;
  if (q.cueStart !== null && q.cueEnd !== null && q.cueEnd > q.cueStart && q.cueEnd <= a.text.length) {
    const gap = q.cueStart >= q.end ? q.cueStart - q.end : q.start - q.cueEnd;
    if (gap <= MAX_CUE_GAP) {
      from = Math.min(from, q.cueStart);
      to = Math.max(to, q.cueEnd);
    }
  }
  let start = from;
  let end = to;
  for (const s of a.sentences) {
    if (s.end <= from || s.start >= to) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { sourceId, claimIndex: null, quoteIndex, value: q.text, excerpt: a.text.slice(start, end), start, end };
}

/** The quote alone, or with its sentence when `withSentence`. */
export function quoteItemOf(ctx: DiscrepancyContext, sourceId: string, quoteIndex: number, withSentence: boolean): TDiscrepancyItem | null {
  return withSentence ? quoteSentenceItem(ctx, sourceId, quoteIndex) : quoteItem(ctx, sourceId, quoteIndex);
}

/** One item per stretch of text: the sentences of a split quotation's halves overlap or follow each other and are shown once. */
export function sentenceItems(ctx: DiscrepancyContext, quotes: Array<{ sourceId: string; quoteIndex: number }>): TDiscrepancyItem[] {
  const spans = quotes.map((m) => quoteSentenceItem(ctx, m.sourceId, m.quoteIndex)).filter((x): x is TDiscrepancyItem => x !== null);
  spans.sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start));
  const out: TDiscrepancyItem[] = [];
  for (const it of spans) {
    const last = out[out.length - 1];
    const text = ctx.bySource.get(it.sourceId)!.analysis.text;
    if (last && last.sourceId === it.sourceId && (it.start < last.end || !text.slice(last.end, it.start).trim())) {
      last.end = Math.max(last.end, it.end);
      last.excerpt = text.slice(last.start, last.end);
    } else out.push({ ...it });
  }
  return out;
}
