/** How one outlet stands on one shared fact, for the claim-by-outlet matrix and the coverage chart. */
export type TCellState = "agree" | "variant" | "conflict" | "missing" | "single";

export const CELL_LABELS: Record<TCellState, string> = {
  agree: "agrees",
  variant: "variant wording",
  conflict: "conflicts",
  missing: "not reported",
  single: "only outlet",
};

type TGroup = {
  sourceCount: number;
  claims: Array<{ sourceId: string }>;
  discrepancies: Array<{ kind: string; items: Array<{ sourceId: string }> }>;
};

export function cellState(group: TGroup, sourceId: string): TCellState {
  if (!group.claims.some((c) => c.sourceId === sourceId)) return "missing";
  const involved = (kind: string) => group.discrepancies.some((d) => d.kind === kind && d.items.some((i) => i.sourceId === sourceId));
  if (involved("conflict")) return "conflict";
  if (involved("variant")) return "variant";
  return group.sourceCount >= 2 ? "agree" : "single";
}

/**
 * Per outlet, how many shared facts it agrees on, words differently, contradicts or leaves out. One pass over
 * each fact's claims (an outlet that prints nothing on a fact counts as missing it), not outlets × facts × claims.
 */
export function coverageBySource(groups: TGroup[], sourceIds: string[]): Map<string, Record<TCellState, number>> {
  const coverage = new Map<string, Record<TCellState, number>>();
  for (const id of sourceIds) coverage.set(id, { agree: 0, variant: 0, conflict: 0, missing: groups.length, single: 0 });
  for (const group of groups) {
    const involvedIn = (kind: string) => new Set(group.discrepancies.filter((d) => d.kind === kind).flatMap((d) => d.items.map((i) => i.sourceId)));
    const [conflicting, varying] = [involvedIn("conflict"), involvedIn("variant")];
    for (const sourceId of new Set(group.claims.map((c) => c.sourceId))) {
      const counts = coverage.get(sourceId);
      if (!counts) continue;
      const state: TCellState = conflicting.has(sourceId) ? "conflict" : varying.has(sourceId) ? "variant" : group.sourceCount >= 2 ? "agree" : "single";
      counts[state]++;
      counts.missing--;
    }
  }
  return coverage;
}
