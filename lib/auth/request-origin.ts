/**
 * Where a request says it came from. Browsers send `Origin` on every POST and DELETE, so a write
 * whose Origin is not this server's host came from another site or another port of this host
 * (which SameSite cookies do not tell apart). As in Next's own server-action check, hosts are
 * compared (not schemes, which a TLS-terminating proxy hides), this server's host being the first
 * `X-Forwarded-Host`, else `Host`.
 */
export type TRequestOrigin = "same-origin" | "cross-origin" | "absent";

function hostOf(headers: Headers, requestUrl?: string): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || headers.get("host") || (requestUrl ? new URL(requestUrl).host : null);
  return host ? host.toLowerCase() : null;
}

export function judgeRequestOrigin(headers: Headers, requestUrl?: string): TRequestOrigin {
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    if (site === null) return "absent";
    return site === "same-origin" ? "same-origin" : "cross-origin";
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return "cross-origin"; // "null" (sandboxed frames, file: pages) and anything unparsable
  }
  const host = hostOf(headers, requestUrl);
  return host !== null && originHost === host ? "same-origin" : "cross-origin";
}

/** The origin a request named, for error messages. */
export function describeOrigin(headers: Headers): string {
  return (headers.get("origin") ?? headers.get("sec-fetch-site") ?? "none").slice(0, 100);
}
