import { getPrisma } from "./client";

/** An entity with its aliases, and per source the mentions, claims and quotes that concern it. */
export async function getEntityDetail(id: string) {
  return getPrisma().entity.findUnique({
    where: { id },
    select: {
      id: true, name: true, type: true,
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      mentions: { select: { id: true, sourceId: true, start: true, end: true, text: true }, orderBy: [{ sourceId: "asc" }, { start: "asc" }] },
      claims: {
        select: { id: true, sourceId: true, attribute: true, value: true, text: true, start: true, end: true, groupId: true, isCaption: true },
        orderBy: [{ attribute: "asc" }, { sourceId: "asc" }, { start: "asc" }],
      },
      quotes: { select: { id: true, sourceId: true, text: true, start: true, end: true }, orderBy: [{ sourceId: "asc" }, { start: "asc" }] },
    },
  });
}
export type TEntityDetail = NonNullable<Awaited<ReturnType<typeof getEntityDetail>>>;

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
