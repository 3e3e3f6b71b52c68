import { getPrisma } from "./client";
import { runWrite } from "./write-transaction";

/** A stored admin session: `id` is the SHA-256 of the cookie's random value, never the value itself. */
export type TAdminSessionRow = { id: string; tokenTag: string; expiresAt: Date };

export async function createAdminSession(row: TAdminSessionRow): Promise<void> {
  await runWrite(() => getPrisma().adminSession.create({ data: row, select: { id: true } }));
}

/** The session if it is neither revoked nor expired at `now`; null otherwise. */
export async function findLiveAdminSession(id: string, now: Date): Promise<{ tokenTag: string } | null> {
  return getPrisma().adminSession.findFirst({
    where: { id, revokedAt: null, expiresAt: { gt: now } },
    select: { tokenTag: true },
  });
}

/** Marks the session revoked (kept, not deleted, so a replayed cookie is known to be a signed-out one). */
export async function revokeAdminSession(id: string, now: Date): Promise<boolean> {
  const { count } = await runWrite(() => getPrisma().adminSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } }));
  return count > 0;
}

/** Removes sessions that ended (expired or revoked) before `before`, so the table stays small. */
export async function deleteEndedAdminSessions(before: Date): Promise<number> {
  const { count } = await runWrite(() =>
    getPrisma().adminSession.deleteMany({ where: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] } }),
  );
  return count;
}
