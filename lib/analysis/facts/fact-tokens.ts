/**
 * Tokens of one sentence for the fact rules: words (inner hyphens and apostrophes kept), numbers in digits
 * (with thousands separators and decimals), currency and percent symbols, and punctuation, each with its
 * offsets into the article text. One regex pass, linear in the sentence.
 */

export type FactTokenKind = "word" | "num" | "sym" | "punct";
export type FactToken = { text: string; lower: string; start: number; end: number; kind: FactTokenKind };

/** One alternation, tried in order: "a.m."/"p.m.", digits, a word, a currency or unit symbol, any other mark. */
const TOKEN_RE = /\b[ap]\.m\.(?!\w)|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+|-[\p{L}\p{M}\p{N}]+)*|US\$|[A-Z]{0,2}\$|[€£¥₹₩₽₺₦%°]|[^\s\p{L}\p{N}]/gu;
const SYMBOLS = new Set(["$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₦", "%", "°"]);

/** The kind of a matched token, from its first and last characters (no capture groups to allocate). */
function kindOf(t: string): FactTokenKind {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return "num";
  if (t.length > 1 && t.endsWith("$")) return "sym";
  if (SYMBOLS.has(t)) return "sym";
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return "word";
  return /^[\p{L}\p{M}]/u.test(t) ? "word" : "punct";
}

export function factTokens(text: string, start: number, end: number): FactToken[] {
  const out: FactToken[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice))) {
    const t = m[0];
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower, start: start + m.index, end: start + m.index + t.length, kind: kindOf(t) });
  }
  return out;
}

/** Whether nothing but spaces separates two tokens (one may follow the other in a compound: "12-km", "€4.2m"). */
export function adjacent(a: FactToken, b: FactToken): boolean {
  return a.end === b.start;
}
