import { getPrisma } from "./client";
import { findFirstClaimsOfGroups } from "./claim-cells";
import { findReviews } from "./reviews";

export const MAX_CLAIMS_PER_ROW = 8;
/** A fact is shared, and can agree or disagree, once this many outlets report it. */
export const SHARED_FACT_MIN_SOURCES = 2;

export type TClaimGroupFilter = { storyId?: string; subject?: string; onlyShared?: boolean; page?: number; pageSize?: number };

/**
 * Claim groups (subject × attribute rows) with each source's claims, the discrepancies raised
 * on the group and the group's review, ordered by subject then attribute; paginated.
 */
export async function findClaimGroups(filter: TClaimGroupFilter = {}) {
  const prisma = getPrisma();
  const pageSize = Math.min(Math.max(filter.pageSize ?? 10, 1), 200);
  const page = Math.max(filter.page ?? 1, 1);
  const where = {
    ...(filter.storyId ? { storyId: filter.storyId } : {}),
    ...(filter.subject ? { subject: { contains: filter.subject } } : {}),
    ...(filter.onlyShared ? { sourceCount: { gte: SHARED_FACT_MIN_SOURCES } } : {}),
  };
  const [total, groups] = await Promise.all([
    prisma.claimGroup.count({ where }),
    prisma.claimGroup.findMany({
      where,
      orderBy: [{ sourceCount: "desc" }, { subject: "asc" }, { attribute: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true, storyId: true, subject: true, subjectEntityId: true, attribute: true, label: true, agreement: true, sourceCount: true,
      },
    }),
  ]);
  const groupIds = groups.map((g) => g.id);
  // Everything below needs only the page's group ids: one round, not one await per kind of row.
  const [claimsByGroup, counts, discrepancies, reviews] = await Promise.all([
    // A fact that hundreds of outlets report would make a page of megabytes: show the first few.
    findFirstClaimsOfGroups(groupIds, MAX_CLAIMS_PER_ROW),
    // Counted per page with the groupId index; a nested _count would aggregate every claim of the table.
    prisma.claim.groupBy({ by: ["groupId"], where: { groupId: { in: groupIds } }, _count: { _all: true } }),
    prisma.discrepancy.findMany({ where: { groupId: { in: groupIds } }, select: { id: true, kind: true, severity: true, groupId: true, summary: true } }),
    findReviews("claimGroup", groupIds),
  ]);
  const discrepancyReviews = await findReviews("discrepancy", discrepancies.map((d) => d.id));
  const claimCount = new Map(counts.map((c) => [c.groupId, c._count._all]));
  const rows = groups.map((group) => ({
    ...group,
    claims: claimsByGroup.get(group.id) ?? [],
    claimCount: claimCount.get(group.id) ?? 0,
    review: reviews.get(group.id)!,
    discrepancies: discrepancies
      .filter((d) => d.groupId === group.id)
      .map((d) => ({ ...d, review: discrepancyReviews.get(d.id)! })),
  }));
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
export type TClaimGroupPage = Awaited<ReturnType<typeof findClaimGroups>>;
export type TClaimGroupRow = TClaimGroupPage["rows"][number];

/** How many claims, claim groups (and those shared by 2+ outlets), quotes and entities there are: in one story, or in all. */
export async function countClaims(storyId?: string) {
  const prisma = getPrisma();
  const inStory = storyId ? { storyId } : {};
  const ofStory = storyId ? { source: { storyId } } : {};
  const [claims, groups, shared, quotes, entities] = await Promise.all([
    prisma.claim.count({ where: ofStory }),
    prisma.claimGroup.count({ where: inStory }),
    prisma.claimGroup.count({ where: { ...inStory, sourceCount: { gte: SHARED_FACT_MIN_SOURCES } } }),
    prisma.quote.count({ where: ofStory }),
    prisma.entity.count({ where: inStory }),
  ]);
  return { claims, groups, shared, quotes, entities };
}
