/**
 * Discrepancies between outlets, built only from what the sources print:
 *  - conflict: aligned claims that cannot both be true (from align-claims' conflict edges)
 *  - variant: the same fact or quote worded differently
 *  - omission: a fact reported by several outlets and missing from another (checked against the other
 *    outlet's sentences, so a fact the extractor missed but the text states is not called missing)
 *  - attribution: the same quoted words credited to different speakers
 * Each kind is found in its own file; this one composes them, drops duplicates and ranks them.
 */
import type { TDiscrepancy, TSourceAnalysis } from "@/lib/schemas/pipeline";
import type { Alignment } from "../claims/align-claims";
import { conflictsAndVariants } from "./claim-conflicts-and-variants";
import { omissions } from "./claim-omissions";
import { clusterQuotes, type QuoteCluster } from "../quotes/cluster-quotes";
import { makeDiscrepancyContext, type Severity } from "./discrepancy-context";
import { quoteDiscrepancies } from "./quote-discrepancies";
import type { EntityResolution } from "../entities/resolve-entities";

export type DetectOptions = {
  /** An omission needs at least this share of all sources to report the fact (and at least 2). */
  omissionMinShare?: number;
};

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const KIND_RANK: Record<TDiscrepancy["kind"], number> = { conflict: 0, attribution: 1, omission: 2, variant: 3 };

export function detectDiscrepancies(
  sources: TSourceAnalysis[],
  resolution: EntityResolution,
  alignment: Alignment,
  options: DetectOptions = {},
  quoteClusters: QuoteCluster[] = clusterQuotes(sources, resolution),
): TDiscrepancy[] {
  const ctx = makeDiscrepancyContext(sources, resolution);
  const all: TDiscrepancy[] = [];
  for (const g of alignment.groups) all.push(...conflictsAndVariants(ctx, g));
  all.push(...omissions(ctx, alignment.groups, options.omissionMinShare ?? 0.3));
  all.push(...quoteDiscrepancies(ctx, quoteClusters));
  return rankDistinct(all);
}

/** Most severe first, each discrepancy once, then by kind and summary so the order is stable. */
function rankDistinct(all: TDiscrepancy[]): TDiscrepancy[] {
  all.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const seen = new Set<string>();
  const out = all.filter((d) => {
    // one omission per set of reporting spans (a sentence can carry a count and a legal status)
    const key = d.kind === "omission" ? `omission|${d.items.map((i) => `${i.sourceId}:${i.start}:${i.end}`).sort().join("|")}` : d.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  out.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : a.id < b.id ? -1 : 1),
  );
  return out;
}
