/**
 * Where to go after sign-in: only a path on this site. `next` comes from the query string, so it is
 * parsed the way a browser would resolve it (`/\host`, `/%5Chost` once decoded, `//host`, tabs and
 * newlines, `/.//host` all leave the site) and kept only when it stays on this origin.
 */
const BASE = "http://this-app.invalid";
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;
const MAX_LENGTH = 2048;

function isSingleSlashPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !CONTROL_OR_BACKSLASH.test(path);
}

export function safeNextPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length > MAX_LENGTH || !isSingleSlashPath(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || !isSingleSlashPath(url.pathname)) return fallback;
  // Encoded (even doubly encoded) slashes, backslashes or control characters are no path of this app,
  // and a later decode could turn them into a host.
  let decoded = url.pathname;
  for (let round = 0; round < 3 && decoded.includes("%"); round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return fallback; // a malformed escape is no page of ours
    }
    if (!isSingleSlashPath(decoded)) return fallback;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
