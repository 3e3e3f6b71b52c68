import { isIP } from "node:net";
import { z } from "zod";

/** What bounds one page fetch; each figure can be set through the environment. */
export type TFetchLimits = {
  /** One deadline for the whole fetch: every redirect, the headers and the body. */
  timeoutMs: number;
  /** Bytes of body kept, counted as they arrive and again after decompression. */
  maxBytes: number;
  /** Redirects followed before the fetch is given up. */
  maxRedirects: number;
  /** Host names and IP literals (as `URL.hostname` writes them) that skip the address check, for local use and tests. */
  allowedHosts: string[];
};

export const DEFAULT_FETCH_LIMITS: TFetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowedHosts: [],
};

/**
 * One allowed-host entry in the form `URL.hostname` gives it (lower case, IPv6 in brackets, IPv4 in dotted
 * decimal, no trailing dot), so the list compares equal to the host of the link being fetched; null when the
 * entry is not a bare host (it has a port, a path or a user name).
 */
export function normalizeAllowedHost(entry: string): string | null {
  const trimmed = entry.trim();
  if (!trimmed || /[/?#@\s]/.test(trimmed)) return null;
  const literal = isIP(trimmed) === 6 ? `[${trimmed}]` : trimmed;
  try {
    const url = new URL(`http://${literal}`);
    return url.port === "" && url.hostname ? url.hostname.replace(/\.$/, "") : null;
  } catch {
    return null;
  }
}

const ZAllowedHosts = z.array(z.string()).transform((entries, ctx) => {
  const hosts: string[] = [];
  for (const entry of entries) {
    const host = normalizeAllowedHost(entry);
    if (host) hosts.push(host);
    else ctx.addIssue({ code: "custom", message: `"${entry}" is not a host name or IP literal (write hosts without port or path, e.g. 127.0.0.1,localhost,[::1])` });
  }
  return hosts;
});

/** setTimeout fires at once for longer delays, which would turn a generous limit into no time at all. */
const MAX_TIMEOUT_MS = 2_147_483_647;
const MAX_REDIRECTS = 50;

export const ZFetchLimits = z.object({
  timeoutMs: z.number().int().positive().max(MAX_TIMEOUT_MS),
  maxBytes: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  maxRedirects: z.number().int().min(0).max(MAX_REDIRECTS),
  allowedHosts: ZAllowedHosts,
});

/** A whole number from the environment in [min, max]; absent means the default. */
const envInt = (min: number, max: number, fallback: number, what: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return fallback;
      const n = Number(v);
      if (/^\d+$/.test(v) && n >= min && n <= max) return n;
      ctx.addIssue({ code: "custom", message: `must be ${what}` });
      return z.NEVER;
    });

const ZFetchLimitsEnv = z.object({
  FETCH_TIMEOUT_MS: envInt(1, MAX_TIMEOUT_MS, DEFAULT_FETCH_LIMITS.timeoutMs, "a positive whole number of milliseconds"),
  FETCH_MAX_BYTES: envInt(1, Number.MAX_SAFE_INTEGER, DEFAULT_FETCH_LIMITS.maxBytes, "a positive whole number of bytes"),
  FETCH_MAX_REDIRECTS: envInt(0, MAX_REDIRECTS, DEFAULT_FETCH_LIMITS.maxRedirects, `a whole number from 0 to ${MAX_REDIRECTS}`),
  FETCH_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(ZAllowedHosts),
});

/** The limits from the environment (an empty variable means the default); a malformed value stops with its name. */
export function fetchLimitsFromEnv(env: Record<string, string | undefined> = process.env): TFetchLimits {
  const present = Object.fromEntries(Object.keys(ZFetchLimitsEnv.shape).map((k) => [k, env[k]?.trim() || undefined]));
  const parsed = ZFetchLimitsEnv.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0]);
    throw new Error(`${name} ${issue?.message} (got "${present[name]}")`);
  }
  const e = parsed.data;
  return { timeoutMs: e.FETCH_TIMEOUT_MS, maxBytes: e.FETCH_MAX_BYTES, maxRedirects: e.FETCH_MAX_REDIRECTS, allowedHosts: e.FETCH_ALLOWED_HOSTS };
}

/** Limits for one fetch: the caller's overrides over the environment's, checked as the environment's are. */
export function resolveFetchLimits(overrides: Partial<TFetchLimits> = {}, env: Record<string, string | undefined> = process.env): TFetchLimits {
  const parsed = ZFetchLimits.safeParse({ ...fetchLimitsFromEnv(env), ...overrides });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`fetch limit ${issue?.path.join(".")} ${issue?.message}`);
  }
  return parsed.data;
}

/** True when `hostname` (as `URL.hostname` gives it) is on the allowed list, so its addresses are not checked. */
export function isAllowedHost(hostname: string, limits: Pick<TFetchLimits, "allowedHosts">): boolean {
  return limits.allowedHosts.includes(hostname.toLowerCase().replace(/\.$/, ""));
}
