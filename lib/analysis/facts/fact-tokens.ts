/**
 * Tokens of one sentence for the fact rules: words (inner hyphens and apostrophes kept), numbers in digits
 * (with thousands separators and decimals), currency and percent symbols, and punctuation, each with its
 * offsets into the article text. One regex pass, linear in the sentence.
 */

export type FactTokenKind = "word" | "num" | "sym" | "punct";
export type FactToken = { text: string; lower: string; start: number; end: number; kind: FactTokenKind };

const TOKEN_RE =
  /(?<ampm>\b[ap]\.m\.(?!\w))|(?<num>\d+(?:[.,]\d+)*)|(?<word>[\p{L}\p{M}]+(?:['’][\p{L}]+|-[\p{L}\p{M}\p{N}]+)*)|(?<sym>US\$|[A-Z]{0,2}\$|[€£¥₹₩₽₺₦%°])|(?<punct>[^\s\p{L}\p{N}])/gu;

export function factTokens(text: string, start: number, end: number): FactToken[] {
  const out: FactToken[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice))) {
    const g = m.groups!;
    const kind: FactTokenKind = g.num !== undefined ? "num" : g.word !== undefined || g.ampm !== undefined ? "word" : g.sym !== undefined ? "sym" : "punct";
    const t = m[0];
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: start + m.index, end: start + m.index + t.length, kind });
  }
  return out;
}

/** Whether nothing but spaces separates two tokens (one may follow the other in a compound: "12-km", "€4.2m"). */
export function adjacent(a: FactToken, b: FactToken): boolean {
  return a.end === b.start;
}
