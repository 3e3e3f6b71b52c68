/**
 * Tokens of one sentence for the fact rules: words (inner hyphens and apostrophes kept), numbers in digits
 * (with thousands separators and decimals), currency and percent symbols, and punctuation, each with its
 * offsets into the article text. One regex pass, linear in the sentence.
 */

export type FactTokenKind = "word" | "num" | "sym" | "punct";
export type FactToken = { text: string; lower: string; start: number; end: number; kind: FactTokenKind };

const SYMBOLS = new Set(["$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₦", "%", "°"]);
const LETTER_RE = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{M}\p{N}]/u;
const SPACE_RE = /\s/;

const isDigit = (c: number) => c >= 48 && c <= 57;
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i < s.length && LETTER_RE.test(s[i]);
}
function isLetterOrDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i < s.length && LETTER_OR_DIGIT_RE.test(s[i]);
}

/**
 * One scan of character codes (no regex per token): digits with inner separators ("1,200", "4.2"), words with
 * inner apostrophes and hyphens ("year-old", "Ireland's"), "a.m."/"p.m.", currency and unit symbols, and any
 * other mark as punctuation. Linear in the sentence.
 */
export function factTokens(text: string, start: number, end: number): FactToken[] {
  const out: FactToken[] = [];
  const push = (a: number, b: number, kind: FactTokenKind) => {
    const t = text.slice(a, b);
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower, start: a, end: b, kind });
  };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE_RE.test(text[i]))) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < end && (isDigit(text.charCodeAt(j)) || ((text[j] === "." || text[j] === ",") && j + 1 < end && isDigit(text.charCodeAt(j + 1))))) j++;
      push(i, j, "num");
      i = j;
      continue;
    }
    if (isLetterAt(text, i)) {
      // "a.m." and "p.m." are one word
      if ((text[i] === "a" || text[i] === "p") && text[i + 1] === "." && text[i + 2] === "m" && text[i + 3] === "." && !(i + 4 < end && isLetterOrDigitAt(text, i + 4)) && !(i > start && isLetterOrDigitAt(text, i - 1))) {
        push(i, i + 4, "word");
        i += 4;
        continue;
      }
      let j = i + 1;
      // letters; then any number of "'letters" or "-letters-or-digits" parts ("Ireland's", "under-12", "year-old")
      let afterHyphen = false;
      for (;;) {
        while (j < end && (afterHyphen ? isLetterOrDigitAt(text, j) : isLetterAt(text, j))) j++;
        const d = text[j];
        if ((d === "'" || d === "’") && j + 1 < end && isLetterAt(text, j + 1)) {
          j += 2;
          afterHyphen = false;
        } else if (d === "-" && j + 1 < end && isLetterOrDigitAt(text, j + 1)) {
          j += 2;
          afterHyphen = true;
        } else break;
      }
      push(i, j, "word");
      i = j;
      continue;
    }
    // a surrogate pair is one mark
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    push(i, i + width, SYMBOLS.has(text[i]) ? "sym" : "punct");
    i += width;
  }
  return out;
}

/** Whether nothing but spaces separates two tokens (one may follow the other in a compound: "12-km", "€4.2m"). */
export function adjacent(a: FactToken, b: FactToken): boolean {
  return a.end === b.start;
}
