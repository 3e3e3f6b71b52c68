/** Shared character classes and small text helpers (compiled once). */

export const OPEN_DQ = new Set(["“", "„", "«"]);
export const CLOSE_DQ = new Set(["”", "»"]);
export const STRAIGHT_DQ = '"';
export const APOSTROPHES = "'’";

export const isSpace = (c: string | undefined) => c !== undefined && /[\s\u00A0]/.test(c);
export const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
export const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);

/** Words: letters/marks/digits with inner apostrophes, hyphens and dots (U.S.). */
export const WORD_RE = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’.&](?=[\p{L}\p{M}\p{N}]))*\.?/gu;

export type Token = { start: number; end: number; text: string };

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(slice))) {
    let t = m[0];
    // keep a trailing dot only for initialisms / abbreviations like "U.S." or "Jr."; sentence dots are dropped
    if (t.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(t) && !/^(?:\p{L}\.){1,}\p{L}\.$/u.test(t)) t = t.slice(0, -1);
    out.push({ start: start + m.index, end: start + m.index + t.length, text: t });
  }
  return out;
}

/** Remove diacritics and lower-case: "López" -> "lopez". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** Strip a trailing possessive from a token: "Kenya's" -> "Kenya", "Jones'" stays (handled by caller). */
export function possessiveLength(text: string, end: number): number {
  const tail = text.slice(Math.max(0, end - 2), end);
  if (/^['’]s$/i.test(tail)) return 2;
  return 0;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
