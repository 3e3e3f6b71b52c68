import { getPrisma } from "./client";

/**
 * A source page reads the article's header and paragraphs once, and the highlighted records of the
 * one part it shows: a long article's page then costs what its part costs, not the whole article.
 */
export async function getSourceHeader(id: string) {
  return getPrisma().source.findUnique({
    where: { id },
    select: {
      id: true, outlet: true, title: true, byline: true, publishedAt: true, url: true, file: true, fetchedFrom: true, text: true,
      story: { select: { id: true, title: true } },
      blocks: { select: { kind: true, start: true, end: true }, orderBy: { start: "asc" } },
      _count: { select: { quotes: true, claims: true, mentions: true, citations: true } },
    },
  });
}
export type TSourceHeader = NonNullable<Awaited<ReturnType<typeof getSourceHeader>>>;

/** Quotes, claims, entity mentions and citations of a source that overlap [start, end), in text order. */
export async function findSourceRecordsIn(sourceId: string, start: number, end: number) {
  const prisma = getPrisma();
  const overlapping = { sourceId, start: { lt: end }, end: { gt: start } };
  const [mentions, quotes, claims, citations] = await Promise.all([
    prisma.mention.findMany({
      where: overlapping,
      select: { id: true, start: true, end: true, entity: { select: { id: true, name: true, type: true } } },
      orderBy: { start: "asc" },
    }),
    prisma.quote.findMany({
      where: overlapping,
      select: { id: true, start: true, end: true, text: true, speaker: true },
      orderBy: { start: "asc" },
    }),
    prisma.claim.findMany({
      where: overlapping,
      select: { id: true, start: true, end: true, attribute: true, value: true, subject: true, resolvedDate: true },
      orderBy: { start: "asc" },
    }),
    prisma.citation.findMany({
      where: overlapping,
      select: { id: true, cited: true, cue: true, start: true, end: true, citedSourceId: true },
      orderBy: { start: "asc" },
    }),
  ]);
  return { mentions, quotes, claims, citations };
}

/** Stored sources that cite this one by its outlet name: the first `limit`, and how many there are. */
export async function findCitingSourcesCapped(id: string, limit: number) {
  const prisma = getPrisma();
  const [rows, total] = await Promise.all([
    prisma.citation.findMany({
      where: { citedSourceId: id },
      select: { id: true, cue: true, cited: true, start: true, end: true, source: { select: { id: true, outlet: true, file: true, url: true } } },
      orderBy: [{ sourceId: "asc" }, { start: "asc" }],
      take: limit,
    }),
    prisma.citation.count({ where: { citedSourceId: id } }),
  ]);
  return { rows, total };
}
