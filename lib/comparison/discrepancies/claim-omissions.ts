/**
 * Claim omissions: a fact reported by enough outlets and missing from another, checked against the other
 * outlet's sentences so that a fact the extractor missed but the text states is not called missing.
 */
import type { TDiscrepancy, TDiscrepancyItem } from "@/lib/schemas/pipeline";
import type { AlignedGroup } from "../claims/align-claims";
import { ATTRIBUTE_LABEL, claimItem, discrepancyId, possessive, subjectNameOf, type DiscrepancyContext, type Severity } from "./discrepancy-context";
import { buildSentenceIndex, coveringSources, type SentenceIndex, type SentenceRef } from "./sentence-index";
import { clip, humanList } from "../../text/text-similarity";

const OMISSION_SEVERITY: Record<string, Severity> = {
  action: "high",
  legal_status: "high",
  statement: "medium",
  count: "medium",
  date: "medium",
  time_span: "medium",
  location: "medium",
  role: "low",
  relation: "low",
  other: "low",
};

/** Attributes whose single-outlet claims may count as reported elsewhere when another outlet's sentence states them. */
const SENTENCE_BACKED = new Set(["action", "legal_status", "statement", "relation"]);

export function omissions(ctx: DiscrepancyContext, groups: AlignedGroup[], minShare: number): TDiscrepancy[] {
  const n = ctx.sources.length;
  if (n < 3) return [];
  const need = Math.max(2, Math.ceil(minShare * n));
  const index = buildSentenceIndex(ctx.sources);
  const out: TDiscrepancy[] = [];
  for (const g of groups) {
    const d = groupOmission(ctx, index, g, need);
    if (d) out.push(d);
  }
  return out;
}

/** The omission of one group's fact, when outlets that neither claim nor state it remain. */
function groupOmission(ctx: DiscrepancyContext, index: SentenceIndex, g: AlignedGroup, need: number): TDiscrepancy | null {
  if (g.group.agreement === "conflict") return null;
  const reporting = new Set(g.members.map((m) => m.sourceId));
  if (reporting.size >= ctx.sources.length) return null;
  const coverage = reporting.size >= need ? { covered: coveringSources(index, g), sentenceItems: [] } : sentenceBackedCoverage(ctx, index, g, reporting, need);
  if (!coverage) return null;
  const { covered, sentenceItems } = coverage;
  const missing = ctx.sources.map((s) => s.sourceId).filter((id) => !reporting.has(id) && !covered.has(id));
  if (missing.length === 0) return null;
  // one item per reporting claim, body claims preferred; then the sentences of outlets that state it without a claim
  const items = [...g.members.map((m) => claimItem(ctx, m)).filter((x): x is TDiscrepancyItem => x !== null), ...sentenceItems];
  if (items.length < 2) return null;
  return omissionOf(ctx, g, items, missing);
}

/**
 * A fact fewer outlets' claims carry than needed counts as reported when enough other outlets' sentences
 * state it; those sentences become items. Null when it still falls short.
 */
function sentenceBackedCoverage(
  ctx: DiscrepancyContext,
  index: SentenceIndex,
  g: AlignedGroup,
  reporting: Set<string>,
  need: number,
): { covered: Map<string, SentenceRef>; sentenceItems: TDiscrepancyItem[] } | null {
  if (!SENTENCE_BACKED.has(g.group.attribute) || g.members.every((m) => m.claim.isCaption)) return null;
  // cheap bound first: enough sentences must hold at least one of the fact's words
  const most = Math.max(0, ...g.members.flatMap((m) => m.valueTerms).map((t) => index.idf.documentFrequency(t)));
  if (most < need - reporting.size) return null;
  const covered = coveringSources(index, g, true);
  const backers = [...covered.values()].filter((r) => !reporting.has(r.sourceId) && !r.isCaption);
  if (reporting.size + backers.length < need) return null;
  const sentenceItems = backers.map((r): TDiscrepancyItem => {
    const text = ctx.bySource.get(r.sourceId)!.analysis.text;
    return { sourceId: r.sourceId, claimIndex: null, quoteIndex: null, value: text.slice(r.start, r.end).trim(), excerpt: text.slice(r.start, r.end), start: r.start, end: r.end };
  });
  return { covered, sentenceItems };
}

function omissionOf(ctx: DiscrepancyContext, g: AlignedGroup, items: TDiscrepancyItem[], missing: string[]): TDiscrepancy {
  const subjectName = subjectNameOf(ctx, g.group.subjectEntityId, g.group.label);
  const attr = g.group.attribute;
  let severity = OMISSION_SEVERITY[attr] ?? "low";
  if (g.members.every((m) => m.claim.isCaption)) severity = "low";
  const reportingOutlets = humanList([...new Set(items.map((i) => ctx.outlet(i.sourceId)))]);
  const missingOutlets = humanList(missing.map((id) => ctx.outlet(id)));
  const rep = [...g.members].sort((a, b) => Number(a.claim.isCaption) - Number(b.claim.isCaption) || a.claim.value.length - b.claim.value.length)[0];
  return {
    id: discrepancyId("omission", attr, items),
    kind: "omission",
    severity,
    subjectEntityId: g.group.subjectEntityId,
    subject: subjectName,
    attribute: attr,
    summary: `${missingOutlets} ${missing.length === 1 ? "does" : "do"} not report what ${reportingOutlets} say about ${possessive(subjectName)} ${ATTRIBUTE_LABEL[attr] ?? attr}: "${clip(rep.claim.value, 90)}"`,
    items,
    missingSourceIds: [...missing].sort(),
    groupId: g.group.id,
  };
}
