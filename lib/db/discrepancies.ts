import type { TDiscrepancyKind } from "../schemas/pipeline";
import type { TReviewState } from "../schemas/review";
import { getPrisma } from "./client";
import { Prisma } from "./generated/client";
import { findReviews, type TReview } from "./reviews";

export type TDiscrepancyFilter = { storyId?: string; kind?: TDiscrepancyKind; status?: TReviewState; page?: number; pageSize?: number };

/** A card shows this many excerpts; the rest are counted (a fact hundreds of outlets report stays one card). */
export const MAX_ITEMS_PER_CARD = 10;

const DISCREPANCY_SELECT = {
  id: true, storyId: true, kind: true, severity: true, severityRank: true, subject: true, subjectEntityId: true, attribute: true,
  summary: true, groupId: true, missingSourceIds: true, origin: true, method: true, reason: true,
} as const;

const ITEM_SELECT = {
  id: true, sourceId: true, claimId: true, quoteId: true, value: true, excerpt: true, start: true, end: true, source: { select: { outlet: true, file: true, url: true } },
} as const;

/**
 * The WHERE clause of a discrepancy page. A review-state filter is a subquery on the reviews, never a list of
 * reviewed ids as parameters: SQLite takes at most 999 of those through Prisma, and a team reviews more.
 */
function pageConditions(filter: TDiscrepancyFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.storyId) conditions.push(Prisma.sql`d."storyId" = ${filter.storyId}`);
  if (filter.kind) conditions.push(Prisma.sql`d."kind" = ${filter.kind}`);
  const reviewOf = Prisma.sql`SELECT 1 FROM "Review" r WHERE r."targetType" = 'discrepancy' AND r."targetId" = d."id"`;
  if (filter.status === "unreviewed") conditions.push(Prisma.sql`NOT EXISTS (${reviewOf})`);
  else if (filter.status) conditions.push(Prisma.sql`EXISTS (${reviewOf} AND r."status" = ${filter.status})`);
  return Prisma.join(conditions, " AND ");
}

/**
 * One page of discrepancies, most serious first, each with its first items (in their stored order),
 * how many items it has in all, and its review.
 */
export async function findDiscrepancyPage(filter: TDiscrepancyFilter = {}) {
  const prisma = getPrisma();
  const pageSize = Math.min(Math.max(filter.pageSize ?? 20, 1), 200);
  const page = Math.max(filter.page ?? 1, 1);
  const where = pageConditions(filter);
  const [counted, listed] = await Promise.all([
    prisma.$queryRaw<Array<{ total: number | bigint }>>`SELECT COUNT(*) AS "total" FROM "Discrepancy" d WHERE ${where}`,
    prisma.$queryRaw<Array<{ id: string }>>`
      SELECT d."id" FROM "Discrepancy" d WHERE ${where}
      ORDER BY d."severityRank" DESC, d."kind" ASC, d."subject" ASC, d."id" ASC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
  const ids = listed.map((r) => r.id);
  const found = new Map((await prisma.discrepancy.findMany({ where: { id: { in: ids } }, select: DISCREPANCY_SELECT })).map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => found.get(id) ?? []);
  // One indexed query per card reads only the items it shows (a nested take would load them all).
  const [items, counts, reviews] = await Promise.all([
    Promise.all(ids.map((discrepancyId) =>
      prisma.discrepancyItem.findMany({ where: { discrepancyId }, select: ITEM_SELECT, orderBy: { position: "asc" }, take: MAX_ITEMS_PER_CARD }),
    )),
    prisma.discrepancyItem.groupBy({ by: ["discrepancyId"], where: { discrepancyId: { in: ids } }, _count: { _all: true } }),
    findReviews("discrepancy", ids),
  ]);
  const itemCount = new Map(counts.map((c) => [c.discrepancyId, c._count._all]));
  const cards = rows.map((row, index) => ({
    ...withReview(row, reviews.get(row.id)),
    items: items[index],
    itemCount: itemCount.get(row.id) ?? 0,
  }));
  return { rows: cards, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
export type TDiscrepancyPage = Awaited<ReturnType<typeof findDiscrepancyPage>>;
export type TDiscrepancyRow = TDiscrepancyPage["rows"][number];

function withReview<T extends { missingSourceIds: string }>(row: T, review: TReview | undefined): Omit<T, "missingSourceIds"> & { missingSourceIds: string[]; review: TReview } {
  return { ...row, missingSourceIds: JSON.parse(row.missingSourceIds) as string[], review: review ?? { status: "unreviewed" as const, note: "", updatedAt: null } };
}

/** How many discrepancies of each kind there are: in one story, or in all. */
export async function countDiscrepancies(storyId?: string) {
  const prisma = getPrisma();
  const byKind = await prisma.discrepancy.groupBy({ by: ["kind"], where: storyId ? { storyId } : {}, _count: { _all: true } });
  const total = byKind.reduce((sum, k) => sum + k._count._all, 0);
  return { total, byKind: Object.fromEntries(byKind.map((k) => [k.kind, k._count._all])) as Record<string, number> };
}

export async function discrepancyExists(id: string): Promise<boolean> {
  return (await getPrisma().discrepancy.count({ where: { id } })) > 0;
}
