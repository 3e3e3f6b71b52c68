/**
 * The general facts of every outlet compared: align them (align-facts.ts), then one claim group per aligned
 * set and a conflict where values cannot all be true (fact-discrepancies.ts). Pure.
 */
import type { TSourceAnalysis } from "@/lib/schemas/pipeline";
import type { EntityResolution } from "../entities/resolve-entities";
import { alignFacts } from "./align-facts";
import { factGroupsAndConflicts, type FactComparison } from "./fact-discrepancies";
import { buildFactNodes } from "./fact-nodes";

export function compareFacts(sources: TSourceAnalysis[], resolution: EntityResolution): FactComparison {
  const nodes = buildFactNodes(sources, resolution);
  return factGroupsAndConflicts(alignFacts(nodes), resolution);
}
