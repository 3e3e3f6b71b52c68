/**
 * One quotation printed differently by different outlets, flagged only when the difference is one a reader
 * must see: the sense changes (a negation or a hedge present in one printing and not the other, in the quote
 * or in the paraphrase around a partial quote), or content words are replaced. Punctuation, capitals,
 * contractions, function words and excerpting (printing fewer words) are never differences on their own.
 */
import type { TDiscrepancy, TDiscrepancyItem } from "@/lib/schemas/pipeline";
import type { QuoteCluster, QuoteNode } from "../quotes/cluster-quotes";
import { changesSense, compareQuotePrintings, type PrintingReading, type QuoteDifference } from "../quotes/quote-difference";
import { framedByParaphrase, printedQuote, type PrintedQuote } from "../quotes/quote-stance";
import { discrepancyId, possessive, type DiscrepancyContext } from "./discrepancy-context";
import { quoteItemOf } from "./quote-items";
import { speakerName } from "./quote-attribution";
import { clip, humanList } from "../../text/text-similarity";

type Printing = { node: QuoteNode; printed: PrintedQuote };
type Finding = { other: Printing; diff: QuoteDifference; punctuation?: boolean };

/** The sentence breaks a printing puts in the words two printings share: "…possible. It cannot…" vs "…possible, it cannot…". */
function breaks(p: Printing, r: PrintingReading): number {
  const s = p.printed.text.slice(r.region.start, r.region.end);
  return (s.match(/[.!?;](?=\s+\S)/g) ?? []).length;
}

export function quoteVariants(ctx: DiscrepancyContext, clusters: QuoteCluster[]): TDiscrepancy[] {
  const out: TDiscrepancy[] = [];
  for (const c of clusters) {
    if (c.sourceCount < 2) continue;
    const d = variantOf(ctx, c);
    if (d) out.push(d);
  }
  return out;
}

/** The longest printing is the reference every other outlet's printing is read against. */
function findingsOf(ctx: DiscrepancyContext, c: QuoteCluster): { reference: Printing; findings: Finding[] } {
  const printings = c.members.map((node) => ({ node, printed: printedQuote(ctx.bySource.get(node.sourceId)!.analysis, node.quoteIndex) }));
  const reference = [...printings].sort((a, b) => b.node.words.length - a.node.words.length || (a.node.sourceId < b.node.sourceId ? -1 : 1))[0];
  const findings: Finding[] = [];
  for (const other of printings) {
    if (other.node.sourceId === reference.node.sourceId) continue;
    const diff = compareQuotePrintings(reference.printed, other.printed);
    if (diff && (changesSense(diff) || diff.replaced.length > 0)) findings.push({ other, diff });
    // the same words cut into other sentences: a direct quote's punctuation is part of what was said
    else if (diff && breaks(reference, diff.a) !== breaks(other, diff.b)) findings.push({ other, diff, punctuation: true });
  }
  return { reference, findings };
}

function variantOf(ctx: DiscrepancyContext, c: QuoteCluster): TDiscrepancy | null {
  const { reference, findings } = findingsOf(ctx, c);
  if (findings.length === 0) return null;
  const sense = findings.filter((f) => changesSense(f.diff));
  const punctuationOnly = findings.every((f) => f.punctuation);
  const speakers = [...new Set(c.members.map((m) => m.speakerId).filter((x): x is string => !!x))];
  const subjectEntityId = speakers.length === 1 ? speakers[0] : null;
  const who = subjectEntityId ? `${possessive(speakerName(ctx, subjectEntityId))} words` : "the same quote";
  const shown = (sense.length ? sense : findings).slice(0, 2);
  const framed = (p: Printing, r: PrintingReading) => sense.length > 0 && framedByParaphrase(p.printed, r.frame);
  const items = [
    quoteItemOf(ctx, reference.node.sourceId, reference.node.quoteIndex, shown.some((f) => framed(reference, f.diff.a))),
    ...findings.map((f) => quoteItemOf(ctx, f.other.node.sourceId, f.other.node.quoteIndex, framed(f.other, f.diff.b))),
  ].filter((x): x is TDiscrepancyItem => x !== null);
  if (items.length < 2) return null;
  const outlet = (p: Printing) => ctx.outlet(p.node.sourceId);
  const summary = sense.length
    ? `Outlets print ${who} with a different sense: ${shown.map((f) => senseText(reference, f, outlet)).join("; ")}`
    : punctuationOnly
      ? `Outlets punctuate ${who} differently (the same words cut into other sentences): ${humanList([reference, ...findings.map((f) => f.other)].map(outlet))}`
      : `Outlets quote ${who} with different wording: ${shown.filter((f) => !f.punctuation).map((f) => wordingText(f, outlet(reference), outlet(f.other))).join("; ")}`;
  return {
    id: discrepancyId("variant", "quote", items),
    kind: "variant",
    severity: sense.length ? "high" : punctuationOnly ? "low" : "medium",
    subjectEntityId,
    subject: subjectEntityId ? speakerName(ctx, subjectEntityId) : "quote",
    attribute: "quote",
    summary,
    items,
    missingSourceIds: [],
    groupId: null,
  };
}

/** The shared words with the frame that gives them their sense, as printed. */
function snippet(p: Printing, r: PrintingReading): string {
  const { text, start, end } = p.printed;
  // an opening quote mark alone is not paraphrase
  const from = framedByParaphrase(p.printed, r.frame) ? r.frame.start : Math.max(r.frame.start, start);
  let to = Math.max(r.region.end, Math.min(r.frame.end, end));
  if (from < start && to >= end) {
    // close the printed quote: its mark may follow a comma or stop that sits inside it
    const close = /^[,.!?]?["“”‘’«»]/.exec(text.slice(end, end + 2));
    if (close) to = end + close[0].length;
  }
  const s = clip(text.slice(from, to).trim(), 120);
  return from >= start ? `"${s}"` : s;
}

function senseText(reference: Printing, f: Finding, outlet: (p: Printing) => string): string {
  const { diff } = f;
  const a = `${outlet(reference)}: ${snippet(reference, diff.a)}`;
  const b = `${outlet(f.other)}: ${snippet(f.other, diff.b)}`;
  const what: string[] = [];
  if (diff.negationChanged) {
    const [more, fewer] = diff.a.stance.negations.length > diff.b.stance.negations.length ? [reference, f.other] : [f.other, reference];
    const words = (more === reference ? diff.a : diff.b).stance.negations;
    what.push(`the negation "${words[0]}" in ${outlet(more)} is absent from ${outlet(fewer)}`);
  }
  const hedge = (ws: string[], from: Printing, to: Printing) =>
    what.push(`the ${ws.every((w) => w === "if" || w === "unless") ? "condition" : "hedge"} "${ws.join('", "')}" in ${outlet(from)} is absent from ${outlet(to)}`);
  if (diff.hedgesOnlyA.length) hedge(diff.hedgesOnlyA, reference, f.other);
  if (diff.hedgesOnlyB.length) hedge(diff.hedgesOnlyB, f.other, reference);
  return `${a} vs ${b} (${what.join("; ")})`;
}

function wordingText(f: Finding, refOutlet: string, otherOutlet: string): string {
  const r = f.diff.replaced.slice(0, 3);
  const side = (k: "a" | "b") => humanList(r.map((x) => (x[k] ? `"${x[k]}"` : "nothing")));
  return `${refOutlet} prints ${side("a")} where ${otherOutlet} prints ${side("b")}${f.diff.replaced.length > 3 ? ` (and ${f.diff.replaced.length - 3} more changes)` : ""}`;
}
