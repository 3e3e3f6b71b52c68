/**
 * `value` read as a URL, relative to `base` when it is relative; null when it cannot be read at all.
 * Nothing is checked here beyond parsing: callers keep only what `isHttpUrl` accepts.
 */
export function resolveUrl(value: string, base?: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}
