/**
 * What every kind of discrepancy is built from: the sources and their outlets, items that point at exact
 * spans of source text, content-hash ids, and the words a summary uses for a subject and an attribute.
 */
import type { TDiscrepancy, TDiscrepancyItem, TSourceAnalysis } from "@/lib/schemas/pipeline";
import type { ClaimNode } from "../claims/claim-nodes";
import type { EntityResolution } from "../entities/resolve-entities";
import { stableId } from "../../text/stable-id";

export type Severity = TDiscrepancy["severity"];

/** How summaries name each attribute: "Outlets differ on X's time span". */
export const ATTRIBUTE_LABEL: Record<string, string> = {
  role: "role",
  time_span: "time span",
  date: "date",
  count: "count",
  location: "location",
  action: "actions",
  legal_status: "legal status",
  statement: "statements",
  relation: "affiliation",
  other: "details",
  quote: "quote",
};

export type DiscrepancyContext = {
  sources: TSourceAnalysis[];
  bySource: Map<string, TSourceAnalysis>;
  resolution: EntityResolution;
  outlet: (sourceId: string) => string;
  /** Global ids of entities credited with at least one quote. */
  quotedSpeakers: Set<string>;
};

export function makeDiscrepancyContext(sources: TSourceAnalysis[], resolution: EntityResolution): DiscrepancyContext {
  const bySource = new Map(sources.map((s) => [s.sourceId, s]));
  return {
    sources,
    bySource,
    resolution,
    quotedSpeakers: new Set(resolution.quoteSpeakers.map((q) => q.entityId)),
    outlet: (id) => {
      const s = bySource.get(id);
      return s?.outlet ?? s?.analysis.meta.outlet ?? id;
    },
  };
}

/** A claim's span as a discrepancy item; null when its offsets do not fit its source text. */
export function claimItem(ctx: DiscrepancyContext, n: ClaimNode): TDiscrepancyItem | null {
  const text = ctx.bySource.get(n.sourceId)!.analysis.text;
  const { start, end } = n.claim;
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  return { sourceId: n.sourceId, claimIndex: n.claimIndex, quoteIndex: null, value: n.claim.value, excerpt: text.slice(start, end), start, end };
}

/** A quote's span as a discrepancy item; null when its offsets do not fit its source text. */
export function quoteItem(ctx: DiscrepancyContext, sourceId: string, quoteIndex: number): TDiscrepancyItem | null {
  const a = ctx.bySource.get(sourceId)!.analysis;
  const q = a.quotes[quoteIndex];
  if (!(q.start >= 0 && q.end > q.start && q.end <= a.text.length)) return null;
  return { sourceId, claimIndex: null, quoteIndex, value: q.text, excerpt: a.text.slice(q.start, q.end), start: q.start, end: q.end };
}

/** One id per kind, attribute and set of spans, whatever order the spans were found in. */
export function discrepancyId(kind: string, attribute: string, items: TDiscrepancyItem[]): string {
  const spans = items.map((i) => `${i.sourceId}:${i.start}:${i.end}`).sort();
  return stableId("dis", kind, attribute, ...spans);
}

export const possessive = (name: string) => (/s$/i.test(name) ? `${name}’` : `${name}’s`);

/** The name a summary uses for a subject entity; the group label when the entity is unknown. */
export function subjectNameOf(ctx: DiscrepancyContext, subjectEntityId: string | null, fallback: string): string {
  return (subjectEntityId !== null ? ctx.resolution.byId.get(subjectEntityId)?.name : undefined) ?? fallback;
}
