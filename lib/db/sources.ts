import { getPrisma } from "./client";
import { commitWithComparison, findSourceIdByHash, sourceIdOf, writeSourceRows, type TFailureHook, type TNewSource, type TSaveResult } from "./source-writes";
import { recomputeComparison } from "./write-comparison";
import { runWriteTransaction } from "./write-transaction";

export { PIPELINE_VERSION, countWaitingWrites, findSourceIdByHash, type TFailureHook, type TNewSource, type TSaveResult } from "./source-writes";

/**
 * Stores one article and recomputes the cross-source comparison, all in one transaction: either
 * everything for the article lands or nothing does. Concurrent calls share one transaction and one
 * recomputation (see commitWithComparison). Content already stored is not written again (the
 * unique content hash also settles a race between two ingests). With `deferComparison` (a batch)
 * the article is stored alone and the comparison is left to recomputeIfStale at the batch's end.
 */
export async function saveSourceWithComparison(
  input: TNewSource,
  failureHook?: TFailureHook,
  options: { deferComparison?: boolean } = {},
): Promise<TSaveResult> {
  if (!options.deferComparison) return commitWithComparison(input, failureHook);
  const existing = await findSourceIdByHash(input.contentHash);
  if (existing) return { id: existing, created: false };
  try {
    await runWriteTransaction(
      async (tx) => {
        await writeSourceRows(tx, input);
        await failureHook?.("source-written");
        await failureHook?.("comparison-written");
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    const raced = await findSourceIdByHash(input.contentHash);
    if (raced) return { id: raced, created: false };
    throw error;
  }
  return { id: sourceIdOf(input), created: true };
}

/**
 * Recomputes the cross-source comparison when some source is not yet part of it (after a batch
 * ingest, or one interrupted between its articles and its recomputation). Returns whether it ran.
 */
export async function recomputeIfStale(): Promise<boolean> {
  return runWriteTransaction(
    async (tx) => {
      const stale = await tx.source.count({ where: { comparedAt: null } });
      if (stale === 0) return false;
      await recomputeComparison(tx);
      return true;
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
}

/** Removes a source and everything derived from it, then recomputes comparisons across the rest. */
export async function deleteSource(id: string): Promise<boolean> {
  return runWriteTransaction(
    async (tx) => {
      const found = await tx.source.findUnique({ where: { id }, select: { id: true } });
      if (!found) return false;
      await tx.source.delete({ where: { id } });
      await recomputeComparison(tx);
      return true;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export async function countSources(): Promise<number> {
  return getPrisma().source.count();
}

const SOURCE_SUMMARY_SELECT = { id: true, outlet: true, title: true, byline: true, publishedAt: true, url: true, file: true, createdAt: true } as const;

/**
 * Sources with metadata and per-source counts, oldest first: all of them, or one page. Counts are
 * grouped over the listed sources only (indexed by sourceId), not aggregated over whole tables.
 */
export async function listSources(paging: { page: number; pageSize: number } | null = null) {
  const prisma = getPrisma();
  const rows = await prisma.source.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: SOURCE_SUMMARY_SELECT,
    ...(paging ? { skip: (Math.max(paging.page, 1) - 1) * paging.pageSize, take: paging.pageSize } : {}),
  });
  const where = paging ? { sourceId: { in: rows.map((r) => r.id) } } : {};
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
 * Column labels for a page that shows the given sources' claims: every source while there are few
 * (so silent outlets get an empty cell), only the named ones once there are more than `allUpTo`.
 */
export async function findSourceColumns(sourceIds: Iterable<string>, allUpTo: number) {
  const total = await countSources();
  const ids = [...new Set(sourceIds)];
  const columns = await getPrisma().source.findMany({
    where: total <= allUpTo ? {} : { id: { in: ids } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, outlet: true, file: true },
  });
  return { total, columns };
}

/** Just what names a source in a column or a citation (no per-source counts), oldest first. */
export async function listSourceLabels() {
  return getPrisma().source.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, outlet: true, file: true },
  });
}

/** One source as stored, with everything to highlight from offsets. */
export async function getSourceDetail(id: string) {
  return getPrisma().source.findUnique({
    where: { id },
    select: {
      id: true, outlet: true, title: true, byline: true, publishedAt: true, url: true, file: true, text: true, createdAt: true,
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
    select: { id: true, cue: true, cited: true, start: true, end: true, source: { select: { id: true, outlet: true, file: true } } },
    orderBy: [{ sourceId: "asc" }, { start: "asc" }],
  });
}
export type TSourceDetail = NonNullable<Awaited<ReturnType<typeof getSourceDetail>>>;
