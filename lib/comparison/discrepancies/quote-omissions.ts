/**
 * Quote omissions worth a reader's time. An outlet that does not print a quotation others print is not, by
 * itself, a discrepancy: choosing which words to quote is editing. It becomes one when the outlet quotes a
 * speaker selectively: it prints one half of a statement and leaves out the half that follows it in another
 * outlet and qualifies it ("…," she said. "But only if …"), so its readers get the words without their limits.
 */
import type { TDiscrepancy } from "@/lib/schemas/pipeline";
import type { QuoteCluster, QuoteNode } from "../quotes/cluster-quotes";
import { discrepancyId, possessive, type DiscrepancyContext } from "./discrepancy-context";
import { sentenceItems } from "./quote-items";
import { speakerName } from "./quote-attribution";
import { clip, containsRun, quoteWords, shingles } from "../../text/text-similarity";

/** How a continuation opens when it limits what came before it. */
const QUALIFYING_OPENING = /^(?:but|however|although|though|yet|unless|except|only\s+if|only\s+when|provided)\b/;
/** The two halves of one statement stand this close (the attribution between them). */
const MAX_HALVES_GAP = 160;

type SourceWords = (sourceId: string) => { words: string[]; shingles: Set<string> };

/** `flagged`: quotes (sourceId\u0000quoteIndex) another quote discrepancy already shows; not flagged twice. */
export function quoteOmissions(ctx: DiscrepancyContext, clusters: QuoteCluster[], flagged: Set<string> = new Set()): TDiscrepancy[] {
  if (ctx.sources.length < 2) return [];
  const clusterOf = new Map<string, QuoteCluster>();
  for (const c of clusters) for (const m of c.members) clusterOf.set(`${m.sourceId}\u0000${m.quoteIndex}`, c);
  const wordsOf = sourceWordsIndex(ctx);
  const out = new Map<string, TDiscrepancy>();
  for (const c of clusters) {
    // one finding per outlet and left-out continuation, however many outlets print the whole statement
    const continuations = new Map<string, { first: QuoteNode; next: QuoteNode; printers: Set<string> }>();
    for (const first of c.members) {
      const next = qualifyingContinuation(ctx, first, clusterOf);
      if (next && !continuations.has(next.cluster.id)) continuations.set(next.cluster.id, { first, next: next.node, printers: new Set(next.cluster.members.map((m) => m.sourceId)) });
    }
    for (const [contId, { first, next, printers }] of continuations)
      for (const m of c.members) {
        if (printers.has(m.sourceId) || flagged.has(`${m.sourceId}\u0000${m.quoteIndex}`) || out.has(`${m.sourceId}\u0000${contId}`)) continue;
        const t = wordsOf(m.sourceId);
        if (printsWords(next.words, t.words, t.shingles)) continue;
        const d = selectiveQuote(ctx, first, next, m);
        if (d) out.set(`${m.sourceId}\u0000${contId}`, d);
      }
  }
  return [...out.values()];
}

/** The quote that follows `first` in its article, by the same speaker, and opens by qualifying it. */
function qualifyingContinuation(ctx: DiscrepancyContext, first: QuoteNode, clusterOf: Map<string, QuoteCluster>): { node: QuoteNode; cluster: QuoteCluster } | null {
  if (!first.speakerId) return null;
  const quotes = ctx.bySource.get(first.sourceId)!.analysis.quotes;
  const [a, b] = [quotes[first.quoteIndex], quotes[first.quoteIndex + 1]];
  if (!b || b.start - a.end > MAX_HALVES_GAP) return null;
  const cluster = clusterOf.get(`${first.sourceId}\u0000${first.quoteIndex + 1}`);
  const node = cluster?.members.find((m) => m.sourceId === first.sourceId && m.quoteIndex === first.quoteIndex + 1);
  if (!cluster || !node || node.speakerId !== first.speakerId) return null;
  return QUALIFYING_OPENING.test(node.words.join(" ")) ? { node, cluster } : null;
}

function selectiveQuote(ctx: DiscrepancyContext, first: QuoteNode, next: QuoteNode, printed: QuoteNode): TDiscrepancy | null {
  const items = sentenceItems(ctx, [first, next, printed]);
  if (items.length < 2) return null;
  const speaker = speakerName(ctx, first.speakerId);
  return {
    id: discrepancyId("omission", "quote", items),
    kind: "omission",
    severity: "medium",
    subjectEntityId: first.speakerId,
    subject: speaker,
    attribute: "quote",
    summary: `${ctx.outlet(printed.sourceId)} prints ${possessive(speaker)} "${clip(printed.text, 70)}" without the words that qualify it in ${ctx.outlet(first.sourceId)}: "${clip(next.text, 90)}"`,
    items,
    missingSourceIds: [printed.sourceId],
    groupId: null,
  };
}

/** Each source's folded words and word shingles, computed on first use. */
function sourceWordsIndex(ctx: DiscrepancyContext): SourceWords {
  const textIndex = new Map<string, { words: string[]; shingles: Set<string> }>();
  return (sourceId: string) => {
    let t = textIndex.get(sourceId);
    if (!t) {
      const words = quoteWords(ctx.bySource.get(sourceId)!.analysis.text);
      t = { words, shingles: new Set(shingles(words)) };
      textIndex.set(sourceId, t);
    }
    return t;
  };
}

/** Does a source print these words (as a quotation or not)? Checked on its folded text. */
function printsWords(words: string[], textWords: string[], textShingles: Set<string>): boolean {
  if (words.length < 3) return containsRun(textWords, words);
  const sh = shingles(words);
  let hits = 0;
  for (const s of sh) if (textShingles.has(s)) hits++;
  return hits / sh.length >= 0.5;
}
