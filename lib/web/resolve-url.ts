/**
 * `value` read as a URL, relative to `base` when it is relative; null when it cannot be read at all.
 * A base that is not a URL is ignored rather than losing absolute values with it. Nothing is checked
 * here beyond parsing: callers keep only what `isHttpUrl` accepts.
 */
export function resolveUrl(value: string, base?: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  for (const attempt of [base, undefined]) {
    try {
      return new URL(trimmed, attempt).href;
    } catch {
      // try without the base, then give up
    }
  }
  return null;
}
