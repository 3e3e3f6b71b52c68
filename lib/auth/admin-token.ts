import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * Writes (ingest, delete, review) need ADMIN_TOKEN when it is set; reads stay open. Without it the
 * app is open, as on a laptop. Browsers sign in at /login and hold a server-side session
 * (lib/auth/admin-session.ts); API clients send `Authorization: Bearer <token>`.
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

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function isValidToken(candidate: string | null | undefined): boolean {
  const token = getAdminToken();
  return token === null || (typeof candidate === "string" && safeEqual(candidate.trim(), token));
}

/** Names the token a session was opened with without revealing it, so a new token ends old sessions. */
export function tokenTagFor(token: string): string {
  return createHmac("sha256", token).update("claims-admin-session-tag-v2").digest("hex");
}

/** The token of an `Authorization: Bearer …` header, or null when there is none. */
export function readBearerToken(headers: Headers): string | null {
  return /^Bearer\s+(.+)$/i.exec(headers.get("authorization") ?? "")?.[1] ?? null;
}

/** One cookie's value from a request's Cookie header. */
export function readCookie(headers: Headers, name: string): string | null {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return null;
    }
  }
  return null;
}
