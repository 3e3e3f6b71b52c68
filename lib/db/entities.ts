import { getPrisma } from "./client";
import { entityNameKey } from "./entity-name-key";

/** An entity's name, type, story and the forms outlets printed, or null when there is no such entity. */
export async function getEntityHeader(id: string) {
  return getPrisma().entity.findUnique({
    where: { id },
    select: {
      id: true, name: true, type: true, storyId: true, story: { select: { id: true, title: true } },
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
    },
  });
}
export type TEntityHeader = NonNullable<Awaited<ReturnType<typeof getEntityHeader>>>;

/**
 * The entities of other stories with the same name and type ("what each outlet says of X, story by story"),
 * most recently changed story first, at most `limit`, each with how many of its story's sources name it.
 */
export async function findSameEntityInOtherStories(entity: Pick<TEntityHeader, "id" | "name" | "type" | "storyId">, limit = 50) {
  const prisma = getPrisma();
  const rows = await prisma.entity.findMany({
    where: { nameKey: entityNameKey(entity.name), name: entity.name, type: entity.type, storyId: { not: entity.storyId } },
    orderBy: [{ story: { updatedAt: "desc" } }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, story: { select: { id: true, title: true } } },
  });
  const named = await prisma.mention.groupBy({ by: ["entityId", "sourceId"], where: { entityId: { in: rows.map((r) => r.id) } } });
  return rows.map((r) => ({ ...r, sourceCount: named.filter((n) => n.entityId === r.id).length }));
}

/**
 * What one page of sources says of an entity: the sources that name it (oldest first, `pageSize` a
 * page), with their mentions, claims and quotes of it; and how many sources there are in all.
 */
export async function findEntityCoverage(id: string, { page = 1, pageSize = 20 } = {}) {
  const prisma = getPrisma();
  // An entity belongs to one story: "named by n of m sources" counts that story's sources.
  const storyId = (await prisma.entity.findUnique({ where: { id }, select: { storyId: true } }))?.storyId;
  // Which sources name the entity, from the entity-keyed indexes (a relation filter on Source would
  // test every source in turn).
  const [ordered, mentioned, described, quoted] = await Promise.all([
    storyId ? prisma.source.findMany({ where: { storyId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } }) : [],
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
      id: true, outlet: true, file: true, url: true,
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

/** Entities (of one story, or of all) by how often they are mentioned, with the number of sources that name them. */
export async function listEntities({ storyId, limit = 500 }: { storyId?: string; limit?: number } = {}) {
  const rows = await getPrisma().entity.findMany({
    where: storyId ? { storyId } : {},
    select: { id: true, name: true, type: true, story: { select: { id: true, title: true } }, _count: { select: { mentions: true, claims: true } }, mentions: { select: { sourceId: true }, distinct: ["sourceId"] } },
    take: limit,
  });
  return rows
    .map((r) => ({ id: r.id, name: r.name, type: r.type, story: r.story, mentionCount: r._count.mentions, claimCount: r._count.claims, sourceCount: r.mentions.length }))
    .sort((a, b) => b.sourceCount - a.sourceCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}
export type TEntitySummary = Awaited<ReturnType<typeof listEntities>>[number];
