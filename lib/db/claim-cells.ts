import { getPrisma } from "./client";
import { Prisma } from "./generated/client";

export type TClaimCell = {
  id: string; sourceId: string; attribute: string; value: string; text: string; start: number; end: number;
  valueStart: number; valueEnd: number; isCaption: boolean; resolvedDate: string | null;
};

type TClaimCellRow = Omit<TClaimCell, "start" | "end" | "valueStart" | "valueEnd" | "isCaption"> & {
  groupId: string; start: number | bigint; end: number | bigint; valueStart: number | bigint; valueEnd: number | bigint; isCaption: boolean | number | bigint;
};

/**
 * The first `limit` claims of each group, by outlet then position, in one statement: each group's part
 * is its own indexed LIMIT query (groupId, sourceId, start), so a fact hundreds of outlets report costs
 * `limit` rows, and a page of groups is one round trip instead of one query per group.
 */
export async function findFirstClaimsOfGroups(groupIds: readonly string[], limit: number): Promise<Map<string, TClaimCell[]>> {
  const byGroup = new Map<string, TClaimCell[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const parts = groupIds.map((groupId, index) => Prisma.sql`SELECT * FROM (
    SELECT c."id", c."sourceId", c."attribute", c."value", c."text", c."start", c."end", c."valueStart", c."valueEnd", c."isCaption", c."resolvedDate", c."groupId"
    FROM "Claim" c WHERE c."groupId" = ${groupId} ORDER BY c."sourceId" ASC, c."start" ASC LIMIT ${limit}
  ) ${Prisma.raw(`AS g${index}`)}`);
  const rows = await getPrisma().$queryRaw<TClaimCellRow[]>`${Prisma.join(parts, " UNION ALL ")}`;
  for (const row of rows) {
    byGroup.get(row.groupId)?.push({
      id: row.id, sourceId: row.sourceId, attribute: row.attribute, value: row.value, text: row.text,
      start: Number(row.start), end: Number(row.end), valueStart: Number(row.valueStart), valueEnd: Number(row.valueEnd),
      // SQLite stores a boolean as 0 or 1.
      isCaption: Boolean(Number(row.isCaption)), resolvedDate: row.resolvedDate,
    });
  }
  // UNION ALL keeps no order across its parts: each group's claims by outlet, then position, as the parts read them.
  for (const cells of byGroup.values()) cells.sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start));
  return byGroup;
}
