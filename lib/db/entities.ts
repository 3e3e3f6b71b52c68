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
  const where = { OR: [{ mentions: { some: { entityId: id } } }, { claims: { some: { subjectEntityId: id } } }, { quotes: { some: { speakerEntityId: id } } }] };
  const [sourceTotal, namingTotal, sources] = await Promise.all([
    prisma.source.count(),
    prisma.source.count({ where }),
    prisma.source.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (Math.max(page, 1) - 1) * pageSize,
      take: pageSize,
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
    }),
  ]);
  return { sources, sourceTotal, namingTotal, page, pageCount: Math.max(1, Math.ceil(namingTotal / pageSize)) };
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
