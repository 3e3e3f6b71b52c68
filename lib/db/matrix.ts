import { getPrisma } from "./client";

/**
 * Facts reported by at least `minSources` outlets (claim groups), each with its claims' spans and the
 * discrepancies raised on it, for the claim-by-outlet matrix; paginated. With `sourceIds` (the matrix's
 * columns), only those outlets' claims and excerpts are read: a fact hundreds of outlets report stays small.
 */
export async function findMatrixRows({ page = 1, pageSize = 100, minSources = 2, sourceIds }: { page?: number; pageSize?: number; minSources?: number; sourceIds?: string[] } = {}) {
  const inColumns = sourceIds ? { sourceId: { in: sourceIds } } : {};
  const prisma = getPrisma();
  const where = { sourceCount: { gte: minSources } };
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

/** The minimal shape of every shared fact, for the coverage chart over all of them (not one page). */
export async function findAllSharedFacts(minSources = 2) {
  const prisma = getPrisma();
  const groups = await prisma.claimGroup.findMany({
    where: { sourceCount: { gte: minSources } },
    select: { id: true, sourceCount: true, claims: { select: { sourceId: true } } },
  });
  const discrepancies = await prisma.discrepancy.findMany({
    where: { groupId: { not: null }, kind: { in: ["conflict", "variant"] } },
    select: { kind: true, groupId: true, items: { select: { sourceId: true } } },
  });
  const byGroup = new Map<string, typeof discrepancies>();
  for (const d of discrepancies) byGroup.set(d.groupId!, [...(byGroup.get(d.groupId!) ?? []), d]);
  return groups.map((g) => ({ ...g, discrepancies: byGroup.get(g.id) ?? [] }));
}
