import { getPrisma } from "./client";

/** An entity with its aliases, and per source the mentions, claims and quotes that concern it. */
/** An entity's name, type and the forms outlets printed, or null when there is no such entity. */
export async function getEntityHeader(id: string) {
  return getPrisma().entity.findUnique({
    where: { id },
    select: { id: true, name: true, type: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
  });
}

/**
 * What one page of sources says of an entity: the sources that name it (oldest first, `pageSize` a
 * page), with their mentions, claims and quotes of it; and how many sources there are in all.
 */
export async function findEntityCoverage(id: string, { page = 1, pageSize = 20 } = {}) {
  const prisma = getPrisma();
  // Which sources name the entity, from the entity-keyed indexes (a relation filter on Source would
  // test every source in turn).
  const [ordered, mentioned, described, quoted] = await Promise.all([
    prisma.source.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } }),
    prisma.mention.groupBy({ by: ["sourceId"], where: { entityId: id } }),
    prisma.claim.groupBy({ by: ["sourceId"], where: { subjectEntityId: id } }),
    prisma.quote.groupBy({ by: ["sourceId"], where: { speakerEntityId: id } }),
  ]);
  const names = new Set([...mentioned, ...described, ...quoted].map((r) => r.sourceId));
  // Paged here, not with an IN list of every naming source (databases cap a query's parameters).
  const naming = ordered.filter((s) => names.has(s.id)).map((s) => s.id);
  const pageIds = naming.slice((Math.max(page, 1) - 1) * pageSize, Math.max(page, 1) * pageSize);
  const sources = await prisma.source.findMany({
    where: { id: { in: pageIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true, outlet: true, file: true,
      mentions: { where: { entityId: id }, select: { id: true }, orderBy: { start: "asc" } },
      claims: {
        where: { subjectEntityId: id },
        select: { id: true, sourceId: true, attribute: true, value: true, text: true, start: true, end: true, groupId: true, isCaption: true },
        orderBy: [{ attribute: "asc" }, { start: "asc" }],
      },
      quotes: { where: { speakerEntityId: id }, select: { id: true, sourceId: true, text: true, start: true, end: true }, orderBy: { start: "asc" } },
    },
  });
  return { sources, sourceTotal: ordered.length, namingTotal: naming.length, page, pageCount: Math.max(1, Math.ceil(naming.length / pageSize)) };
}

/** Entities by how often they are mentioned, with the number of sources that name them. */
export async function listEntities(limit = 500) {
  const rows = await getPrisma().entity.findMany({
    select: { id: true, name: true, type: true, _count: { select: { mentions: true, claims: true } }, mentions: { select: { sourceId: true }, distinct: ["sourceId"] } },
    take: limit,
  });
  return rows
    .map((r) => ({ id: r.id, name: r.name, type: r.type, mentionCount: r._count.mentions, claimCount: r._count.claims, sourceCount: r.mentions.length }))
    .sort((a, b) => b.sourceCount - a.sourceCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}
export type TEntitySummary = Awaited<ReturnType<typeof listEntities>>[number];
