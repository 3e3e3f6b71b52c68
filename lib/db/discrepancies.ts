import type { TDiscrepancyKind } from "../schemas/pipeline";
import type { TReviewState } from "../schemas/review";
import { getPrisma } from "./client";
import { findAllReviewedIds, findReviewedIds, findReviews, type TReview } from "./reviews";

export type TDiscrepancyFilter = { kind?: TDiscrepancyKind; status?: TReviewState; limit?: number };

const DISCREPANCY_SELECT = {
  id: true, kind: true, severity: true, severityRank: true, subject: true, subjectEntityId: true, attribute: true,
  summary: true, groupId: true, missingSourceIds: true, origin: true,
  items: {
    select: { id: true, sourceId: true, claimId: true, quoteId: true, value: true, excerpt: true, start: true, end: true, source: { select: { outlet: true, file: true } } },
    orderBy: { position: "asc" as const },
  },
} as const;

async function idFilterForStatus(status: TReviewState | undefined) {
  if (!status) return {};
  if (status === "unreviewed") return { id: { notIn: await findAllReviewedIds("discrepancy") } };
  return { id: { in: await findReviewedIds("discrepancy", status) } };
}

/** Discrepancies, most serious first, with their items and each one's review. */
export async function listDiscrepancies(filter: TDiscrepancyFilter = {}) {
  const rows = await getPrisma().discrepancy.findMany({
    where: { ...(filter.kind ? { kind: filter.kind } : {}), ...(await idFilterForStatus(filter.status)) },
    select: DISCREPANCY_SELECT,
    orderBy: [{ severityRank: "desc" }, { kind: "asc" }, { subject: "asc" }, { id: "asc" }],
    take: filter.limit,
  });
  const reviews = await findReviews("discrepancy", rows.map((r) => r.id));
  return rows.map((row) => withReview(row, reviews.get(row.id)));
}
export type TDiscrepancyRow = Awaited<ReturnType<typeof listDiscrepancies>>[number];

function withReview<T extends { missingSourceIds: string }>(row: T, review: TReview | undefined) {
  return { ...row, missingSourceIds: JSON.parse(row.missingSourceIds) as string[], review: review ?? { status: "unreviewed" as const, note: "", updatedAt: null } };
}

/** How many discrepancies of each kind and review state there are. */
export async function countDiscrepancies() {
  const prisma = getPrisma();
  const byKind = await prisma.discrepancy.groupBy({ by: ["kind"], _count: { _all: true } });
  const total = byKind.reduce((sum, k) => sum + k._count._all, 0);
  return { total, byKind: Object.fromEntries(byKind.map((k) => [k.kind, k._count._all])) as Record<string, number> };
}

export async function discrepancyExists(id: string): Promise<boolean> {
  return (await getPrisma().discrepancy.count({ where: { id } })) > 0;
}
