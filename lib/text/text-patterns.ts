/** Shared character classes and small text helpers (compiled once). */

export const OPEN_DQ = new Set(["“", "„", "«"]);
export const CLOSE_DQ = new Set(["”", "»"]);
export const STRAIGHT_DQ = '"';
export const APOSTROPHES = "'’";

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const SPACE_RE = /[\s\u00A0]/;

/** Character classes with an ASCII fast path: most characters of English news are ASCII. */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE_RE.test(c);
}
export function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_RE.test(c);
}
export function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER_RE.test(c);
}

/** Words: letters/marks/digits with inner apostrophes, hyphens and dots (U.S.). */
export const WORD_RE = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’.&](?=[\p{L}\p{M}\p{N}]))*\.?/gu;

export type Token = { start: number; end: number; text: string };

const LMN_RE = /[\p{L}\p{M}\p{N}]/u;
/** A letter, mark or digit at i: an ASCII check first, the Unicode class only beyond ASCII. */
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return LMN_RE.test(text.slice(i, i + 2));
  return LMN_RE.test(text[i]);
}

/**
 * The words of text[start, end) (WORD_RE's words: inner hyphens, apostrophes, dots and ampersands kept), in one
 * scan of character codes.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const from = i;
    let j = i + (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1);
    for (;;) {
      if (j < end && isWordCharAt(text, j)) {
        j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
        continue;
      }
      const d = text[j];
      if (j + 1 < end && (d === "-" || d === "'" || d === "’" || d === "." || d === "&") && isWordCharAt(text, j + 1)) {
        j += 1;
        continue;
      }
      break;
    }
    if (j < end && text[j] === ".") j++;
    let t = text.slice(from, j);
    // keep a trailing dot only for initialisms / abbreviations like "U.S." or "Jr."; sentence dots are dropped
    if (t.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(t) && !/^(?:\p{L}\.){1,}\p{L}\.$/u.test(t)) t = t.slice(0, -1);
    out.push({ start: from, end: from + t.length, text: t });
    i = j;
  }
  return out;
}

const LETTER_RE = /\p{L}/u;
const SPACE_OR_PAREN_RE = /[\s(]/;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && LETTER_RE.test(text[i]);
}

/**
 * The word just before `pos`, lower-cased: the letters that end there once spaces and "(" are skipped,
 * looking back at most `window` characters ("" when a comma or a digit comes first). A scan, not a regex
 * over the window: it runs for every candidate subject.
 */
export function wordBefore(text: string, pos: number, window = 20): string {
  const from = Math.max(0, pos - window);
  let end = pos;
  while (end > from && SPACE_OR_PAREN_RE.test(text[end - 1])) end--;
  let start = end;
  while (start > from) {
    const c = text.charCodeAt(start - 1);
    // a letter outside the Basic Multilingual Plane is a surrogate pair: both halves must lie in the window
    if (c >= 0xdc00 && c <= 0xdfff && start - 2 >= from && LETTER_RE.test(text.slice(start - 2, start))) start -= 2;
    else if (isLetterAt(text, start - 1)) start--;
    else break;
  }
  return text.slice(start, end).toLowerCase();
}

const NON_ASCII_RE = /[^\x00-\x7F]/;

/** Remove diacritics and lower-case: "López" -> "lopez". ASCII text only needs lower-casing. */
export function fold(s: string): string {
  if (!NON_ASCII_RE.test(s)) return s.toLowerCase();
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

/** First index in `items` (sorted by start) whose start is >= pos. O(log n). */
export function lowerBound<T extends { start: number }>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items (sorted by start, non-overlapping) lying inside [start, end). */
export function itemsWithin<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length && items[i].start < end; i++) if (items[i].end <= end) out.push(items[i]);
  return out;
}

/** Whether `pos` falls inside one of the sorted, non-overlapping spans (start inclusive, end exclusive). */
export function insideSpans(spans: readonly { start: number; end: number }[], pos: number): boolean {
  const i = lowerBound(spans, pos + 1) - 1;
  return i >= 0 && pos >= spans[i].start && pos < spans[i].end;
}

/** Items (sorted by start) whose start lies in [start, end). */
export function startingWithin<T extends { start: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length && items[i].start < end; i++) out.push(items[i]);
  return out;
}

/**
 * Where to start reading the text before `to` for a pattern anchored at its end: at most `max` characters back
 * (never before `from`), moved forward to a word's start so that a cut word never looks like a whole one. An
 * end-anchored regex tries every start position, so reading the whole sentence would cost its length per call.
 */
export function tailStart(text: string, from: number, to: number, max: number): number {
  let at = Math.max(from, to - max);
  if (at > from) {
    while (at < to && !isSpace(text[at])) at++;
  }
  return at;
}

