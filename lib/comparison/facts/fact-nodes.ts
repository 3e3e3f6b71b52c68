/**
 * Every general fact of every source as the comparison sees it: its claim, its subject as a global entity,
 * the global ids of the entities that narrow it, and whether it may take part in a comparison at all (an
 * increment, a subset, a change, a conversion, a caption or quoted speech is no outlet's own total).
 */
import type { TClaim, TFactDetail, TSourceAnalysis } from "@/lib/schemas/pipeline";
import type { EntityResolution } from "../entities/resolve-entities";
import { localKey } from "../entities/entity-locals";

export type FactNode = {
  sourceId: string;
  outlet: string;
  claimIndex: number;
  claim: TClaim;
  fact: TFactDetail;
  /** Global entity id of the fact's subject, when it has one. */
  subjectId: string | null;
  /** Global ids of the entities that narrow the fact (sorted). */
  scopeIds: string[];
  /** The article's publication date (ISO day), for times. */
  publishedAt: string | null;
};

/** Qualifiers that make a figure part of another one, or not the outlet's own statement of the measure. */
const NOT_COMPARED = new Set(["increment", "subset", "change", "previous", "conversion", "designation"]);

export function comparable(n: FactNode): boolean {
  return !n.claim.isCaption && !n.fact.frame.qualifiers.some((q) => NOT_COMPARED.has(q));
}

export function buildFactNodes(sources: TSourceAnalysis[], resolution: EntityResolution): FactNode[] {
  const nodes: FactNode[] = [];
  for (const src of sources) {
    const outlet = src.outlet ?? src.analysis.meta.outlet ?? src.sourceId;
    src.analysis.claims.forEach((claim, claimIndex) => {
      if (!claim.fact) return;
      const global = (key: string | null) => (key ? resolution.byLocal.get(localKey(src.sourceId, key)) ?? null : null);
      const scopeIds = [...new Set(claim.fact.frame.scopeKeys.map(global).filter((x): x is string => x !== null))].sort();
      nodes.push({ sourceId: src.sourceId, outlet, claimIndex, claim, fact: claim.fact, subjectId: global(claim.subjectKey), scopeIds, publishedAt: src.analysis.meta.publishedAt });
    });
  }
  return nodes;
}
