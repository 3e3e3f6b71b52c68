import { getPrisma } from "./client";
import { Prisma } from "./generated/client";
import { runWrite } from "./write-transaction";

/** A story card names at most this many outlets; the rest are counted. */
export const MAX_OUTLETS_PER_STORY = 6;

export type TStoryListQuery = { query?: string; page?: number; pageSize?: number };

const STORY_SELECT = { id: true, title: true, createdAt: true, updatedAt: true } as const;

/**
 * One page of stories, most recently changed first, each with its outlets (the first few named),
 * article count, discrepancies by kind and how many of them nobody has reviewed. A query matches a
 * story's title or one of its outlets. The per-story figures are grouped over this page's ids only.
 */
export async function listStories({ query, page = 1, pageSize = 20 }: TStoryListQuery = {}) {
  const prisma = getPrisma();
  const size = Math.min(Math.max(pageSize, 1), 100);
  const current = Math.max(page, 1);
  const text = query?.trim();
  const where = text ? { OR: [{ title: { contains: text } }, { sources: { some: { outlet: { contains: text } } } }] } : {};
  const [total, stories] = await Promise.all([
    prisma.story.count({ where }),
    prisma.story.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], skip: (current - 1) * size, take: size, select: STORY_SELECT }),
  ]);
  const ids = stories.map((s) => s.id);
  const [articles, outlets, kinds, unreviewed] = await Promise.all([
    prisma.source.groupBy({ by: ["storyId"], where: { storyId: { in: ids } }, _count: { _all: true } }),
    prisma.source.groupBy({ by: ["storyId", "outlet"], where: { storyId: { in: ids }, outlet: { not: null } }, _min: { createdAt: true }, _count: { _all: true } }),
    prisma.discrepancy.groupBy({ by: ["storyId", "kind"], where: { storyId: { in: ids } }, _count: { _all: true } }),
    countUnreviewedDiscrepancies(ids),
  ]);
  const articleCount = new Map(articles.map((a) => [a.storyId, a._count._all]));
  const rows = stories.map((story) => {
    const ofStory = outlets.filter((o) => o.storyId === story.id);
    const named = ofStory
      .sort((a, b) => (a._min.createdAt?.getTime() ?? 0) - (b._min.createdAt?.getTime() ?? 0) || String(a.outlet).localeCompare(String(b.outlet)))
      .map((o) => o.outlet!.trim())
      .filter(Boolean);
    const byKind = Object.fromEntries(kinds.filter((k) => k.storyId === story.id).map((k) => [k.kind, k._count._all])) as Record<string, number>;
    const articles = articleCount.get(story.id) ?? 0;
    return {
      ...story,
      articleCount: articles,
      outlets: named.slice(0, MAX_OUTLETS_PER_STORY),
      outletCount: named.length,
      /** Articles that name no outlet (listed by file name on the story's pages). */
      unnamedCount: articles - ofStory.reduce((sum, o) => sum + o._count._all, 0),
      discrepancies: { total: Object.values(byKind).reduce((sum, n) => sum + n, 0), byKind, unreviewed: unreviewed.get(story.id) ?? 0 },
    };
  });
  return { rows, total, page: current, pageSize: size, pageCount: Math.max(1, Math.ceil(total / size)) };
}
export type TStoryListPage = Awaited<ReturnType<typeof listStories>>;
export type TStorySummary = TStoryListPage["rows"][number];

/** Per story, the discrepancies nobody has reviewed yet (no Review row), for the given stories only. */
async function countUnreviewedDiscrepancies(storyIds: string[]): Promise<Map<string, number>> {
  if (storyIds.length === 0) return new Map();
  const rows = await getPrisma().$queryRaw<Array<{ storyId: string; n: number | bigint }>>`
    SELECT d."storyId" AS "storyId", COUNT(*) AS "n" FROM "Discrepancy" d
    WHERE d."storyId" IN (${Prisma.join(storyIds)})
      AND NOT EXISTS (SELECT 1 FROM "Review" r WHERE r."targetType" = 'discrepancy' AND r."targetId" = d."id")
    GROUP BY d."storyId"`;
  return new Map(rows.map((r) => [r.storyId, Number(r.n)]));
}

/** A story's title and dates, or null when there is no such story. */
export async function getStory(id: string) {
  return getPrisma().story.findUnique({ where: { id }, select: STORY_SELECT });
}
export type TStory = NonNullable<Awaited<ReturnType<typeof getStory>>>;

/** Gives a story a new title; false when there is no such story. Its ids and comparisons do not change. */
export async function renameStory(id: string, title: string): Promise<boolean> {
  const { count } = await runWrite(() => getPrisma().story.updateMany({ where: { id }, data: { title: title.trim(), updatedAt: new Date() } }));
  return count > 0;
}

export async function countStories(): Promise<number> {
  return getPrisma().story.count();
}

/** The id of the only story, or null when there are none or several (old single-story URLs lead there). */
export async function singleStoryId(): Promise<string | null> {
  const rows = await getPrisma().story.findMany({ select: { id: true }, take: 2 });
  return rows.length === 1 ? rows[0].id : null;
}

/** Story ids and titles for a "move to" or "merge into" select: the most recently changed first, at most `limit`. */
export async function listStoryChoices(limit = 200) {
  return getPrisma().story.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: limit, select: { id: true, title: true } });
}
export type TStoryChoiceOption = Awaited<ReturnType<typeof listStoryChoices>>[number];
