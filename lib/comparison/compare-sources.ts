/**
 * Cross-article comparison: resolve entities across sources, align their claims (resolving undated articles'
 * weekday dates through other outlets reporting the same event: resolve-dates-across.ts), detect discrepancies.
 * A pure function of the per-article analyses; every derived id is a content hash (stableId), so a
 * recomputation over the same analyses yields the same ids.
 */
import type { TComparison, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { alignClaims, type AlignOptions } from "./claims/align-claims";
import { clusterQuotes, toQuoteClusters } from "./quotes/cluster-quotes";
import { detectDiscrepancies, type DetectOptions } from "./discrepancies/detect-discrepancies";
import { compareFacts } from "./facts/compare-facts";
import { resolveEntities } from "./entities/resolve-entities";

export type CompareOptions = DetectOptions & AlignOptions;

export function compareSources(sources: TSourceAnalysis[], options: CompareOptions = {}): TComparison {
  const ordered = [...sources].sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));
  const resolution = resolveEntities(ordered);
  const alignment = alignClaims(ordered, resolution, options);
  const quoteClusters = clusterQuotes(ordered, resolution);
  const facts = compareFacts(ordered, resolution);
  const discrepancies = [...facts.discrepancies, ...detectDiscrepancies(ordered, resolution, alignment, options, quoteClusters)];
  return {
    entities: resolution.entities,
    claimSubjects: resolution.claimSubjects,
    quoteSpeakers: resolution.quoteSpeakers,
    groups: [...alignment.groups.map((g) => g.group), ...facts.groups],
    discrepancies,
    quoteClusters: toQuoteClusters(quoteClusters),
    resolvedDates: alignment.resolvedDates,
  };
}
