import type { TCellState } from "../format/matrix-cell";
import { SHARED_FACT_MIN_SOURCES } from "./claims";
import { getPrisma } from "./client";
import { Prisma } from "./generated/client";

/**
 * Facts reported by at least `minSources` outlets (claim groups), each with its claims' spans and the
 * discrepancies raised on it, for the claim-by-outlet matrix; paginated. With `sourceIds` (the matrix's
 * columns), only those outlets' claims and excerpts are read: a fact hundreds of outlets report stays small.
 */
export async function findMatrixRows({ storyId, page = 1, pageSize = 100, minSources = SHARED_FACT_MIN_SOURCES, sourceIds }: { storyId?: string; page?: number; pageSize?: number; minSources?: number; sourceIds?: string[] } = {}) {
  const inColumns = sourceIds ? { sourceId: { in: sourceIds } } : {};
  const prisma = getPrisma();
  const where = { ...(storyId ? { storyId } : {}), sourceCount: { gte: minSources } };
  const [total, groups] = await Promise.all([
    prisma.claimGroup.count({ where }),
    prisma.claimGroup.findMany({
      where,
      orderBy: [{ sourceCount: "desc" }, { subject: "asc" }, { attribute: "asc" }, { id: "asc" }],
      skip: (Math.max(page, 1) - 1) * pageSize,
      take: pageSize,
      select: {
        id: true, subject: true, subjectEntityId: true, attribute: true, label: true, agreement: true, sourceCount: true,
        claims: { where: inColumns, select: { id: true, sourceId: true, value: true, start: true, end: true }, orderBy: { start: "asc" } },
      },
    }),
  ]);
  const discrepancies = await prisma.discrepancy.findMany({
    where: { groupId: { in: groups.map((g) => g.id) } },
    select: { id: true, kind: true, groupId: true, items: { where: inColumns, select: { sourceId: true } } },
  });
  const rows = groups.map((g) => ({ ...g, discrepancies: discrepancies.filter((d) => d.groupId === g.id) }));
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
export type TMatrixRow = Awaited<ReturnType<typeof findMatrixRows>>["rows"][number];

export type TCoverage = { total: number; bySource: Map<string, Record<TCellState, number>> };

/**
 * Per outlet, how many of the facts shared by two or more outlets it agrees on, words differently,
 * contradicts or leaves out: the matrix's cell states, counted in the database. Reading every claim of every
 * shared fact into the server took ~0.2 s at 1,000 articles; one grouped query returns a row per outlet.
 */
export async function findCoverageBySource(storyId?: string): Promise<TCoverage> {
  const minSources = SHARED_FACT_MIN_SOURCES;
  const prisma = getPrisma();
  // Within one story: its groups and discrepancies only (every claim of a group is of the group's story).
  const groupInStory = storyId ? Prisma.sql`AND g."storyId" = ${storyId}` : Prisma.empty;
  const discrepancyInStory = storyId ? Prisma.sql`AND d."storyId" = ${storyId}` : Prisma.empty;
  const [totals, rows] = await Promise.all([
    prisma.claimGroup.count({ where: { ...(storyId ? { storyId } : {}), sourceCount: { gte: minSources } } }),
    prisma.$queryRaw<Array<{ sourceId: string; reported: number | bigint; conflict: number | bigint; variant: number | bigint }>>`
      WITH "reported" AS (
        SELECT DISTINCT c."sourceId" AS "sourceId", c."groupId" AS "groupId"
        FROM "Claim" c JOIN "ClaimGroup" g ON g."id" = c."groupId"
        WHERE g."sourceCount" >= ${minSources} ${groupInStory}
      ), "flagged" AS (
        SELECT i."sourceId" AS "sourceId", d."groupId" AS "groupId", MAX(CASE WHEN d."kind" = 'conflict' THEN 2 ELSE 1 END) AS "level"
        FROM "DiscrepancyItem" i JOIN "Discrepancy" d ON d."id" = i."discrepancyId"
        WHERE d."groupId" IS NOT NULL AND d."kind" IN ('conflict', 'variant') ${discrepancyInStory}
        GROUP BY i."sourceId", d."groupId"
      )
      SELECT r."sourceId" AS "sourceId", COUNT(*) AS "reported",
        SUM(CASE WHEN f."level" = 2 THEN 1 ELSE 0 END) AS "conflict",
        SUM(CASE WHEN f."level" = 1 THEN 1 ELSE 0 END) AS "variant"
      FROM "reported" r LEFT JOIN "flagged" f ON f."sourceId" = r."sourceId" AND f."groupId" = r."groupId"
      GROUP BY r."sourceId"`,
  ]);
  const bySource = new Map<string, Record<TCellState, number>>();
  for (const row of rows) {
    const [reported, conflict, variant] = [Number(row.reported), Number(row.conflict), Number(row.variant)];
    // Every fact here has two or more outlets, so an outlet that reports one agrees unless flagged.
    bySource.set(row.sourceId, { agree: reported - conflict - variant, variant, conflict, missing: totals - reported, single: 0 });
  }
  return { total: totals, bySource };
}

/** An outlet's counts in `coverage`, an outlet with no claim on a shared fact missing every one. */
export function coverageOf(coverage: TCoverage, sourceId: string): Record<TCellState, number> {
  return coverage.bySource.get(sourceId) ?? { agree: 0, variant: 0, conflict: 0, missing: coverage.total, single: 0 };
}
