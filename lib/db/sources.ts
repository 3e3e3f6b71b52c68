import { getPrisma } from "./client";
import { commitWithComparison, type TFailureHook, type TNewSource, type TSaveResult, type TWriteKit } from "./source-writes";
import { createStory, forgetStoryIndex, keepingStoryIndex, requireStory, StoryChoiceError } from "./story-placement";
import { recomputeStories, type TCompare } from "./write-comparison";
import { runWriteTransaction } from "./write-transaction";

export { PIPELINE_VERSION, countWaitingWrites, findSourceByHash, type TFailureHook, type TNewSource, type TSaveResult, type TWriteKit } from "./source-writes";
export { StoryChoiceError } from "./story-placement";

/**
 * Stores one article in its story and recomputes that story's comparison, all in one transaction:
 * either everything for the article lands or nothing does. Concurrent calls share one transaction and
 * one recomputation per story (see commitWithComparison). Content already stored is not written again
 * (the unique content hash also settles a race between two ingests). With `deferComparison` (a batch)
 * the article is stored without its story's comparison, which recomputeIfStale runs at the batch's end.
 */
export async function saveSourceWithComparison(
  input: TNewSource,
  kit: TWriteKit,
  failureHook?: TFailureHook,
  options: { deferComparison?: boolean } = {},
): Promise<TSaveResult> {
  // A batch's articles are stored without their comparison, and share transactions as concurrent writes do.
  return commitWithComparison(input, kit, failureHook, options.deferComparison ?? false);
}

/** Stories recomputed per transaction: after a batch of thousands of articles, the write lock is held seconds at a time, not minutes. */
const STALE_STORIES_PER_TRANSACTION = 10;

/**
 * Recomputes the comparison of every story holding a source not yet part of it (after a batch
 * ingest, or one interrupted between its articles and its recomputation), a few stories per
 * transaction. Returns how many ran.
 */
export async function recomputeIfStale(compare: TCompare): Promise<number> {
  const stale = await getPrisma().$queryRawUnsafe<Array<{ storyId: string }>>(`SELECT DISTINCT "storyId" FROM "Source" WHERE "comparedAt" IS NULL`);
  const storyIds = stale.map((s) => s.storyId).sort();
  for (let from = 0; from < storyIds.length; from += STALE_STORIES_PER_TRANSACTION) {
    const { publish } = await runWriteTransaction(
      async (tx) => keepingStoryIndex(tx, () => recomputeStories(tx, storyIds.slice(from, from + STALE_STORIES_PER_TRANSACTION), compare)),
      { timeout: 300_000, maxWait: 30_000 },
    );
    // the articles' stories did not change: the process's story index stays valid
    publish();
  }
  return storyIds.length;
}

/** Removes a source and everything derived from it, then recomputes its story (removed with its last article). */
export async function deleteSource(id: string, compare: TCompare): Promise<boolean> {
  const removed = await runWriteTransaction(
    async (tx) => {
      const found = await tx.source.findUnique({ where: { id }, select: { id: true, storyId: true } });
      if (!found) return false;
      await tx.source.delete({ where: { id } });
      await recomputeStories(tx, [found.storyId], compare);
      return true;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  forgetStoryIndex();
  return removed;
}

/**
 * Moves articles to another story (an existing one, or a new one with the given title) and recomputes
 * every story involved, in one transaction. Stories left without articles are removed. Returns the
 * target story's id.
 */
export async function moveSources(sourceIds: string[], target: { storyId: string } | { newStoryTitle: string }, compare: TCompare): Promise<string> {
  const targetId = await runWriteTransaction(
    async (tx) => {
      const sources = await tx.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, storyId: true } });
      if (sources.length !== new Set(sourceIds).size) throw new StoryChoiceError("Some of these articles no longer exist; reload the page.");
      let storyId: string;
      if ("storyId" in target) storyId = await requireStory(tx, target.storyId);
      else storyId = await createStory(tx, target.newStoryTitle, `title\u0000${target.newStoryTitle}\u0000${[...sourceIds].sort().join(",")}`);
      await tx.source.updateMany({ where: { id: { in: sourceIds } }, data: { storyId, comparedAt: null } });
      await recomputeStories(tx, [storyId, ...sources.map((s) => s.storyId)], compare);
      return storyId;
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  forgetStoryIndex();
  return targetId;
}

/** Moves every article of one story into another and recomputes it; the emptied story is removed. */
export async function mergeStories(fromStoryId: string, intoStoryId: string, compare: TCompare): Promise<string> {
  if (fromStoryId === intoStoryId) throw new StoryChoiceError("A story cannot be merged into itself.");
  const ids = await getPrisma().source.findMany({ where: { storyId: fromStoryId }, select: { id: true } });
  if (ids.length === 0) throw new StoryChoiceError(`No story with articles has the id ${fromStoryId}.`);
  return moveSources(ids.map((r) => r.id), { storyId: intoStoryId }, compare);
}

/** How many articles are stored: in one story, or in all. */
export async function countSources(storyId?: string): Promise<number> {
  return getPrisma().source.count({ where: storyId ? { storyId } : {} });
}

const SOURCE_SUMMARY_SELECT = { id: true, storyId: true, outlet: true, title: true, byline: true, publishedAt: true, url: true, file: true, fetchedFrom: true, createdAt: true } as const;

/**
 * Sources with metadata and per-source counts, oldest first: all of them (of one story, or of all), or
 * one page. Counts are grouped over the listed sources only (indexed by sourceId), not over whole tables.
 */
export async function listSources(paging: { page: number; pageSize: number } | null = null, storyId?: string) {
  const prisma = getPrisma();
  const rows = await prisma.source.findMany({
    where: storyId ? { storyId } : {},
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: SOURCE_SUMMARY_SELECT,
    ...(paging ? { skip: (Math.max(paging.page, 1) - 1) * paging.pageSize, take: paging.pageSize } : {}),
  });
  // A page's ids as a list; a whole story through its sources (a story may hold more ids than a query takes).
  const where = paging ? { sourceId: { in: rows.map((r) => r.id) } } : storyId ? { source: { storyId } } : {};
  const [quotes, claims, mentions] = await Promise.all([
    prisma.quote.groupBy({ by: ["sourceId"], where, _count: { _all: true } }),
    prisma.claim.groupBy({ by: ["sourceId"], where, _count: { _all: true } }),
    prisma.mention.groupBy({ by: ["sourceId"], where, _count: { _all: true } }),
  ]);
  const count = (groups: Array<{ sourceId: string; _count: { _all: number } }>) => new Map(groups.map((g) => [g.sourceId, g._count._all]));
  const [q, c, m] = [count(quotes), count(claims), count(mentions)];
  return rows.map((row) => ({ ...row, quoteCount: q.get(row.id) ?? 0, claimCount: c.get(row.id) ?? 0, mentionCount: m.get(row.id) ?? 0 }));
}

export type TSourceSummary = Awaited<ReturnType<typeof listSources>>[number];

/**
 * Column labels for a page that shows the given sources' claims: every source (of the story, when one is
 * given) while there are few (so silent outlets get an empty cell), only the named ones past `allUpTo`.
 */
export async function findSourceColumns(sourceIds: Iterable<string>, allUpTo: number, storyId?: string) {
  const total = await countSources(storyId);
  const ids = [...new Set(sourceIds)];
  const columns = await getPrisma().source.findMany({
    where: total <= allUpTo ? (storyId ? { storyId } : {}) : { id: { in: ids } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, outlet: true, file: true, url: true },
  });
  return { total, columns };
}

/** Just what names a source in a column or a citation (no per-source counts), oldest first: of one story, or all. */
export async function listSourceLabels(storyId?: string) {
  return getPrisma().source.findMany({
    where: storyId ? { storyId } : {},
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, outlet: true, file: true, url: true },
  });
}

/** One source as stored, with everything to highlight from offsets. */
export async function getSourceDetail(id: string) {
  return getPrisma().source.findUnique({
    where: { id },
    select: {
      id: true, storyId: true, outlet: true, title: true, byline: true, publishedAt: true, url: true, file: true, fetchedFrom: true, text: true, createdAt: true,
      blocks: { select: { kind: true, start: true, end: true }, orderBy: { start: "asc" } },
      mentions: { select: { id: true, start: true, end: true, text: true, entity: { select: { id: true, name: true, type: true } } }, orderBy: { start: "asc" } },
      quotes: { select: { id: true, start: true, end: true, text: true, speaker: true, speakerEntityId: true, isPartial: true }, orderBy: { start: "asc" } },
      claims: { select: { id: true, start: true, end: true, attribute: true, value: true, valueStart: true, valueEnd: true, subject: true, subjectEntityId: true, resolvedDate: true }, orderBy: { start: "asc" } },
      citations: { select: { id: true, cited: true, cue: true, start: true, end: true, citedSourceId: true }, orderBy: { start: "asc" } },
    },
  });
}

/** Stored sources that cite this one by its outlet name (provenance: who relies on it). */
export async function findCitingSources(id: string) {
  return getPrisma().citation.findMany({
    where: { citedSourceId: id },
    select: { id: true, cue: true, cited: true, start: true, end: true, source: { select: { id: true, outlet: true, file: true, url: true } } },
    orderBy: [{ sourceId: "asc" }, { start: "asc" }],
  });
}
export type TSourceDetail = NonNullable<Awaited<ReturnType<typeof getSourceDetail>>>;

/**
 * Which of these links an article is already stored under: fetched from it, or naming it as its URL
 * (a page's canonical address). Links are compared as the URL parser writes them.
 */
export async function findStoredUrls(urls: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const prisma = getPrisma();
  for (let start = 0; start < urls.length; start += 500) {
    const batch = urls.slice(start, start + 500);
    const rows = await prisma.source.findMany({ where: { OR: [{ fetchedFrom: { in: batch } }, { url: { in: batch } }] }, select: { url: true, fetchedFrom: true } });
    for (const row of rows) for (const url of [row.url, row.fetchedFrom]) if (url) found.add(url);
  }
  return new Set(urls.filter((url) => found.has(url)));
}
