/** Text helpers for scoring: name folding, exact search, span overlap. Pure, story-agnostic. */

export type Span = { start: number; end: number };

const QUOTE_CHARS = new Set(['"', "“", "”", "„", "«", "»", "'", "‘", "’"]);

/**
 * Fold a name for comparison: diacritics, case, curly apostrophes, possessive endings,
 * a leading article and punctuation are ignored. "Ruritania’s Foreign Office" -> "ruritania foreign office".
 */
export function foldName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/s'(?=\s|$)/g, "s")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(?:the|a|an) /, "");
}

const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;

/** Map space-like characters (no-break, thin, tab...) to a plain space; one char for one char, so offsets hold. */
export function plainSpaces(s: string): string {
  return s.replace(SPACE_LIKE, " ");
}

/**
 * All start offsets of `needle` in `text` (overlapping allowed). Exact except that space-like
 * characters match a plain space, so a no-break space kept or dropped by normalisation does not matter.
 */
export function findAll(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const hay = plainSpaces(text);
  const pin = plainSpaces(needle);
  let i = hay.indexOf(pin);
  while (i >= 0) {
    out.push(i);
    i = hay.indexOf(pin, i + 1);
  }
  return out;
}

/**
 * Locate a quoted stretch: prefer an occurrence that directly follows a quote mark,
 * otherwise the first occurrence. `occurrence` picks among the preferred ones.
 */
export function locateQuote(text: string, quoted: string, occurrence = 0): Span | null {
  const all = findAll(text, quoted);
  if (all.length === 0) return null;
  const marked = all.filter((i) => i > 0 && QUOTE_CHARS.has(text[i - 1]));
  const pool = marked.length ? marked : all;
  const start = pool[Math.min(occurrence, pool.length - 1)];
  return { start, end: start + quoted.length };
}

/** Locate `value` inside the first occurrence of `evidence` (or alone when evidence is absent). */
export function locateInEvidence(text: string, value: string, evidence: string | null | undefined): Span | null {
  if (evidence) {
    for (const at of findAll(text, evidence)) {
      const inner = plainSpaces(evidence).indexOf(plainSpaces(value));
      if (inner >= 0) return { start: at + inner, end: at + inner + value.length };
    }
    return null;
  }
  const at = findAll(text, value)[0];
  return at !== undefined ? { start: at, end: at + value.length } : null;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Overlap as a fraction of the longer span (0..1). */
export function overlapOfLonger(a: Span, b: Span): number {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return longer > 0 ? overlapLength(a, b) / longer : 0;
}

export function ratio(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

export function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export function clip(s: string, n = 90): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
