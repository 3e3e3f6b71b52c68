/**
 * Discrepancies within one aligned claim group: a conflict (values that cannot both be true, from
 * align-claims' conflict edges) or a variant (the same fact worded differently).
 */
import type { TDiscrepancy, TDiscrepancyItem } from "@/lib/schemas/pipeline";
import type { AlignedGroup, Edge } from "../claims/align-claims";
import type { ClaimNode } from "../claims/claim-nodes";
import { ATTRIBUTE_LABEL, claimItem, discrepancyId, possessive, subjectNameOf, type DiscrepancyContext, type Severity } from "./discrepancy-context";
import type { ConflictReason } from "../claims/relate-claim-values";
import { clip, humanList } from "../../text/text-similarity";
import { UnionFind } from "../../text/union-find";

const CONFLICT_SEVERITY: Record<string, Severity> = {
  action: "high",
  legal_status: "high",
  count: "high",
  date: "high",
  time_span: "high",
  role: "medium",
  location: "medium",
  statement: "medium",
  relation: "medium",
  other: "low",
};

const lower = (s: Severity): Severity => (s === "high" ? "medium" : "low");

/** Distinct printed values with their outlets: `"v" (A, B)`; a date with the day it resolves to: `"Friday" (2024-04-05; A)`. */
function sideText(ctx: DiscrepancyContext, side: ClaimNode[]): string {
  const byValue = new Map<string, Set<string>>();
  for (const n of side) {
    const v = clip(n.claim.value.trim(), 90);
    byValue.set(v, new Set([...(byValue.get(v) ?? []), ctx.outlet(n.sourceId)]));
  }
  const best = [...byValue.entries()].sort((a, b) => b[1].size - a[1].size || a[0].length - b[0].length)[0];
  const outlets = [...new Set(side.map((n) => ctx.outlet(n.sourceId)))];
  const dates = [...new Set(side.map((n) => (n.claim.attribute === "date" ? n.date : null)).filter((d): d is string => !!d && d !== best[0]))];
  return `"${best[0]}" (${dates.length === 1 ? `${dates[0]}; ` : ""}${humanList(outlets)})`;
}

export function conflictsAndVariants(ctx: DiscrepancyContext, g: AlignedGroup): TDiscrepancy[] {
  const d = g.group.agreement === "conflict" ? conflictOf(ctx, g) : g.group.agreement === "variant" ? variantOf(ctx, g) : null;
  return d ? [d] : [];
}

function conflictOf(ctx: DiscrepancyContext, g: AlignedGroup): TDiscrepancy | null {
  const subjectName = subjectNameOf(ctx, g.group.subjectEntityId, g.group.label);
  const attr = g.group.attribute;
  const conflictEdges = g.edges.filter((e) => e.relation === "conflict");
  const sides = conflictSides(g, conflictEdges);
  const items = sides.flat().map((n) => claimItem(ctx, n)).filter((x): x is TDiscrepancyItem => x !== null);
  if (items.length < 2) return null;
  const reason: ConflictReason | null = conflictEdges[0].reason;
  const sidesText = sides.map((s) => sideText(ctx, s)).join(" vs ");
  let summary: string;
  if (reason === "former_vs_current") summary = `Outlets differ on whether ${subjectName} still holds the role: ${sidesText}`;
  else summary = `Outlets differ on ${possessive(subjectName)} ${ATTRIBUTE_LABEL[attr] ?? attr}: ${sidesText}`;
  return {
    id: discrepancyId("conflict", attr, items),
    kind: "conflict",
    severity: conflictSeverity(ctx, g, reason, sides),
    subjectEntityId: g.group.subjectEntityId,
    subject: subjectName,
    attribute: attr,
    summary,
    items,
    missingSourceIds: [],
    groupId: g.group.id,
  };
}

/** The sides of a conflict: members joined by equal values or non-conflict edges, body claims preferred. */
function conflictSides(g: AlignedGroup, conflictEdges: Edge[]): ClaimNode[][] {
  const sidesOf = new UnionFind(g.members.length);
  // same key = same side
  const byKey = new Map<string, number>();
  g.members.forEach((m, i) => {
    const k = byKey.get(m.key);
    if (k === undefined) byKey.set(m.key, i);
    else sidesOf.union(i, k);
  });
  for (const e of g.edges) if (e.relation !== "conflict") sidesOf.union(e.a, e.b);
  const involved = new Set<number>();
  for (const e of conflictEdges) {
    involved.add(sidesOf.find(e.a));
    involved.add(sidesOf.find(e.b));
  }
  return [...involved].map((root) => {
    const side = g.members.filter((_, i) => sidesOf.find(i) === root);
    const body = side.filter((m) => !m.claim.isCaption);
    return body.length ? body : side;
  });
}

function conflictSeverity(ctx: DiscrepancyContext, g: AlignedGroup, reason: ConflictReason | null, sides: ClaimNode[][]): Severity {
  const attr = g.group.attribute;
  const allCaption = sides.flat().every((n) => n.claim.isCaption);
  let severity = CONFLICT_SEVERITY[attr] ?? "medium";
  // who a quoted source is decides how readers weigh the quotes: a quoted speaker's role is central
  if (attr === "role" && reason === "different_value" && g.group.subjectEntityId !== null && ctx.quotedSpeakers.has(g.group.subjectEntityId)) severity = "high";
  if (reason === "former_vs_current") severity = "medium";
  if (allCaption) severity = lower(severity);
  return severity;
}

function variantOf(ctx: DiscrepancyContext, g: AlignedGroup): TDiscrepancy | null {
  const subjectName = subjectNameOf(ctx, g.group.subjectEntityId, g.group.label);
  const attr = g.group.attribute;
  const byKey = new Map<string, ClaimNode[]>();
  for (const m of g.members) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  const sides = [...byKey.values()].sort((a, b) => b.length - a.length);
  const items = g.members.map((n) => claimItem(ctx, n)).filter((x): x is TDiscrepancyItem => x !== null);
  if (items.length < 2 || sides.length < 2) return null;
  const shown = sides.slice(0, 3).map((s) => sideText(ctx, s)).join(" vs ");
  return {
    id: discrepancyId("variant", attr, items),
    kind: "variant",
    severity: "low",
    subjectEntityId: g.group.subjectEntityId,
    subject: subjectName,
    attribute: attr,
    summary: `Outlets word ${possessive(subjectName)} ${ATTRIBUTE_LABEL[attr] ?? attr} differently: ${shown}${sides.length > 3 ? " …" : ""}`,
    items,
    missingSourceIds: [],
    groupId: g.group.id,
  };
}
