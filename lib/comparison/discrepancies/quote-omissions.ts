/**
 * Quote omissions: quotations printed by several outlets and absent from another, whose text does not
 * carry the words either (quoted or not). One discrepancy per speaker and set of missing outlets.
 */
import type { TDiscrepancy, TDiscrepancyItem } from "@/lib/schemas/pipeline";
import type { QuoteCluster } from "../quotes/cluster-quotes";
import { discrepancyId, quoteItem, type DiscrepancyContext } from "./discrepancy-context";
import { clip, humanList, quoteWords, shingles, containsRun } from "../../text/text-similarity";

type Bucket = { subjectEntityId: string | null; missing: string[]; clusters: QuoteCluster[] };
type SourceWords = (sourceId: string) => { words: string[]; shingles: Set<string> };

/** One discrepancy per speaker and set of missing outlets, carrying every such quote. */
export function quoteOmissions(ctx: DiscrepancyContext, clusters: QuoteCluster[], minShare: number): TDiscrepancy[] {
  const n = ctx.sources.length;
  if (n < 3) return [];
  const need = Math.max(2, Math.ceil(minShare * n));
  const wordsOf = sourceWordsIndex(ctx);
  const buckets = new Map<string, Bucket>();
  for (const c of clusters) {
    const missing = missingOutlets(ctx, c, need, wordsOf);
    if (!missing) continue;
    const speakers = [...new Set(c.members.map((m) => m.speakerId).filter((x): x is string => !!x))];
    const subjectEntityId = speakers.length === 1 ? speakers[0] : null;
    const key = `${subjectEntityId ?? c.id}\u0000${missing.sort().join("|")}`;
    const b = buckets.get(key) ?? { subjectEntityId, missing, clusters: [] };
    b.clusters.push(c);
    buckets.set(key, b);
  }
  const out: TDiscrepancy[] = [];
  for (const b of buckets.values()) {
    const d = bucketOmission(ctx, b);
    if (d) out.push(d);
  }
  return out;
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

/** The outlets that neither quote the cluster nor print its words; null when it cannot be an omission. */
function missingOutlets(ctx: DiscrepancyContext, c: QuoteCluster, need: number, wordsOf: SourceWords): string[] | null {
  const reporting = new Set(c.members.map((m) => m.sourceId));
  if (reporting.size < need || reporting.size >= ctx.sources.length || c.attribution) return null;
  const shortest = [...c.members].sort((a, b) => a.words.length - b.words.length)[0];
  if (shortest.words.length < 5) return null; // short stock phrases are not worth an omission
  const missing = ctx.sources.map((s) => s.sourceId).filter((id) => {
    if (reporting.has(id)) return false;
    const t = wordsOf(id);
    return !printsWords(shortest.words, t.words, t.shingles);
  });
  return missing.length === 0 ? null : missing;
}

function bucketOmission(ctx: DiscrepancyContext, b: Bucket): TDiscrepancy | null {
  const members = b.clusters.flatMap((c) => c.members);
  const items = members.map((m) => quoteItem(ctx, m.sourceId, m.quoteIndex)).filter((x): x is TDiscrepancyItem => x !== null);
  if (items.length < 2) return null;
  const speaker = b.subjectEntityId ? (ctx.resolution.byId.get(b.subjectEntityId)?.name ?? null) : null;
  const reportingOutlets = humanList([...new Set(members.map((m) => ctx.outlet(m.sourceId)))]);
  const missingOutlets = humanList(b.missing.map((id) => ctx.outlet(id)));
  // the longest quote is the most informative example
  const example = [...members].sort((x, y) => y.words.length - x.words.length)[0];
  const what = b.clusters.length === 1 ? "the quote" : `${b.clusters.length} quotes`;
  return {
    id: discrepancyId("omission", "quote", items),
    kind: "omission",
    severity: "low",
    subjectEntityId: b.subjectEntityId,
    subject: speaker ?? "quote",
    attribute: "quote",
    summary: `${missingOutlets} ${b.missing.length === 1 ? "does" : "do"} not carry ${what}${speaker ? ` from ${speaker}` : ""} that ${reportingOutlets} print${b.clusters.length > 1 ? ", e.g." : ":"} "${clip(example.text, 90)}"`,
    items,
    missingSourceIds: b.missing,
    groupId: null,
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
