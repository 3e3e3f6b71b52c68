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
