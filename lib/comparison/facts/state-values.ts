/**
 * States of one subject across outlets: the same state is agreement, two states of one exclusive group are a
 * conflict ("released" and "in custody"; "discharged" and "in critical condition"; "closed" and "open"),
 * and a state against its own denial is a conflict ("closed" and "has not closed").
 */
import type { TFactDetail } from "@/lib/schemas/pipeline";
import type { ValueRelation } from "./fact-values";

export function compareStates(a: TFactDetail, b: TFactDetail): ValueRelation {
  if (a.group !== b.group) return "compatible";
  const sa = `${a.state}|${a.polarity}`;
  const sb = `${b.state}|${b.polarity}`;
  if (sa === sb) return "equal";
  if (a.state === b.state) return "conflict";
  // two different states of one group: exclusive when both are asserted, compatible when one is denied
  if (a.polarity === "positive" && b.polarity === "positive") return "conflict";
  return "compatible";
}
