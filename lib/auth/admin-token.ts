import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * Writes (ingest, delete, review) need ADMIN_TOKEN when it is set; reads stay open. Without it the
 * app is open, as on a laptop. Browsers hold an httpOnly cookie holding an HMAC of the token (never
 * the token itself); API clients send `Authorization: Bearer <token>`.
 */
export const ADMIN_COOKIE = "claims_admin";

const ZToken = z.string().trim().min(12, "ADMIN_TOKEN must be at least 12 characters").optional();

export function getAdminToken(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.ADMIN_TOKEN;
  if (raw === undefined || raw.trim() === "") return null;
  return ZToken.parse(raw) ?? null;
}

export function isAuthRequired(): boolean {
  return getAdminToken() !== null;
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The cookie value for a browser session: an HMAC of the token, so the cookie never reveals it. */
export function sessionValueFor(token: string): string {
  return createHmac("sha256", token).update("claims-admin-session-v1").digest("hex");
}

export function isValidToken(candidate: string | null | undefined): boolean {
  const token = getAdminToken();
  return token === null || (typeof candidate === "string" && safeEqual(candidate.trim(), token));
}

export function isValidSession(cookieValue: string | null | undefined): boolean {
  const token = getAdminToken();
  return token === null || (typeof cookieValue === "string" && safeEqual(cookieValue, sessionValueFor(token)));
}

/** For route handlers: a bearer token or the browser's session cookie. */
export function isWriteAuthorized(request: Request): boolean {
  if (!isAuthRequired()) return true;
  const header = request.headers.get("authorization") ?? "";
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  if (bearer && isValidToken(bearer)) return true;
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === ADMIN_COOKIE)?.[1];
  return isValidSession(cookie ? decodeURIComponent(cookie) : null);
}
