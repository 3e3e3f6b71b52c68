import { createHash, randomBytes } from "node:crypto";
import { createAdminSession, deleteEndedAdminSessions, findLiveAdminSession, revokeAdminSession } from "@/lib/db/admin-sessions";
import { getAdminToken, safeEqual, tokenTagFor } from "./admin-token";

/**
 * A browser session is a random id in an httpOnly cookie; the database keeps only its SHA-256, its
 * expiry and its revocation, so every server on the database (and the CLI) sees a sign-out at once.
 */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** 32 random bytes, base64url: anything else in the cookie is refused without a database read. */
const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;

export function hashSessionId(cookieValue: string): string {
  return createHash("sha256").update(cookieValue).digest("hex");
}

export type TOpenedSession = { cookieValue: string; expiresAt: Date };

/** Starts a session for the current ADMIN_TOKEN and returns the value the browser's cookie holds. */
export async function openAdminSession(now: Date = new Date()): Promise<TOpenedSession> {
  const token = getAdminToken();
  if (token === null) throw new Error("No ADMIN_TOKEN is set: there is nothing to sign in to.");
  const cookieValue = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await deleteEndedAdminSessions(now);
  await createAdminSession({ id: hashSessionId(cookieValue), tokenTag: tokenTagFor(token), expiresAt });
  return { cookieValue, expiresAt };
}

/** True when the cookie names a session that is open, unexpired and was opened with today's ADMIN_TOKEN. */
export async function isLiveAdminSession(cookieValue: string | null | undefined, now: Date = new Date()): Promise<boolean> {
  const token = getAdminToken();
  if (token === null || typeof cookieValue !== "string" || !COOKIE_VALUE.test(cookieValue)) return false;
  const session = await findLiveAdminSession(hashSessionId(cookieValue), now);
  return session !== null && safeEqual(session.tokenTag, tokenTagFor(token));
}

/** Revokes the cookie's session on the server, so a copy of the cookie kept elsewhere stops working. */
export async function closeAdminSession(cookieValue: string | null | undefined, now: Date = new Date()): Promise<void> {
  if (typeof cookieValue === "string" && COOKIE_VALUE.test(cookieValue)) await revokeAdminSession(hashSessionId(cookieValue), now);
}
