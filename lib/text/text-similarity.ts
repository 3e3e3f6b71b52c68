/**
 * Shared, story-agnostic string helpers for the cross-article comparison stages:
 * diacritic folding, tokens, light stemming with a small general synonym lexicon,
 * TF-IDF vectors with cosine similarity, and Jaro-Winkler (from `natural`, imported by deep path so
 * that natural's database-backed modules are never loaded).
 */
import { JaroWinklerDistance } from "natural/lib/natural/distance/index.js";

const MARKS_RE = /\p{M}+/gu;
const QUOTE_CHARS_RE = /[“”„«»‟″]/g;
const APOS_RE = /[‘’‛′`´]/g;
const DASH_RE = /[‐‑‒–—―]/g;
const WORD_TOKEN_RE = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE_RE = /'s$/;

/** Remove diacritics, unify quote/apostrophe/dash characters and lower-case: "López’s" -> "lopez's". */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(MARKS_RE, "")
    .replace(QUOTE_CHARS_RE, '"')
    .replace(APOS_RE, "'")
    .replace(DASH_RE, "-")
    .toLowerCase();
}

/** Folded word tokens (letters/digits with inner apostrophes or hyphens); possessive "'s" dropped. */
export function words(s: string): string[] {
  const out: string[] = [];
  for (const m of fold(s).matchAll(WORD_TOKEN_RE)) out.push(m[0].replace(POSSESSIVE_RE, ""));
  return out;
}

/** Words with hyphens split ("vice-president" -> "vice", "president"). */
export function plainWords(s: string): string[] {
  const out: string[] = [];
  for (const w of words(s)) for (const p of w.split("-")) if (p) out.push(p.replace(/'/g, ""));
  return out;
}

export const STOPWORDS = new Set(
  `a an the and or but nor of to in on at by for from with without into onto over under about as than then that this these those
  is are was were be been being am has have had having do does did doing will would shall should can could may might must
  it its it's he him his she her hers they them their theirs we us our ours you your yours i me my mine
  who whom whose which what when where why how there here also not no only just very so such too even still yet
  all any both each few more most other some own same s t up down out off again further once
  said says say told tell telling according added adding`.split(/\s+/),
);

/**
 * General synonym classes (news vocabulary, offices): every member maps to the first word.
 * Applied after light stemming. Never story-specific.
 */
const SYNONYM_CLASSES: string[][] = [
  ["break", "sever", "cut", "rupture", "breaking", "severing"],
  ["ties", "relation", "relationship", "tie"],
  ["raid", "storm", "invade", "stormed", "raided"],
  ["arrest", "detain", "detention", "apprehend", "capture", "seize", "arrested", "detained"],
  ["condemn", "denounce", "decry", "criticize", "criticise", "censure", "condemnation"],
  ["kill", "murder", "slay", "assassinate", "assassination", "killing"],
  ["injure", "injury", "wound", "hurt", "injured", "wounded"],
  ["leave", "withdraw", "depart", "exit", "evacuate", "removing", "remove", "withdrawal"],
  ["grant", "give", "award", "granted"],
  ["imprison", "jail", "imprisonment", "prison"],
  ["convict", "conviction", "convicted"],
  ["sentence", "sentenced"],
  ["shelter", "reside", "live", "stay", "hide", "lodge", "residing", "sheltering", "living", "staying"],
  ["head", "chief", "leader"],
  ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen"],
  ["minister", "secretary"],
  ["foreign", "external"],
  ["affair", "affairs"],
  ["corruption", "corrupt", "graft", "bribery"],
  ["charge", "accusation", "allegation", "indictment"],
  ["complaint", "case", "lawsuit", "suit"],
  ["elect", "election", "vote", "poll", "ballot"],
  ["former", "ex", "previous"],
  ["vice-president", "vicepresident", "vp"],
];
const SYNONYMS = new Map<string, string>();
for (const cls of SYNONYM_CLASSES) for (const w of cls) SYNONYMS.set(w, cls[0]);

const IRREGULAR = new Map<string, string>([
  ["told", "tell"],
  ["said", "say"],
  ["took", "take"],
  ["taken", "take"],
  ["fled", "flee"],
  ["broke", "break"],
  ["broken", "break"],
  ["cut", "cut"],
  ["was", "be"],
  ["were", "be"],
  ["people", "person"],
  ["men", "man"],
  ["women", "woman"],
  ["children", "child"],
]);

/** A light, deterministic English stemmer (plural and verb endings), good enough for overlap scores. */
export function stem(w: string): string {
  const irr = IRREGULAR.get(w);
  if (irr) return irr;
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith("ies") && s.length > 4) s = s.slice(0, -3) + "y";
  else if (s.endsWith("sses")) s = s.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) s = s.slice(0, -1);
  if (s.endsWith("ing") && s.length > 5) {
    s = s.slice(0, -3);
    if (/([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
  } else if (s.endsWith("ed") && s.length > 4) {
    s = s.slice(0, -2);
    if (/([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
    else if (s.endsWith("i")) s = s.slice(0, -1) + "y";
  }
  return s;
}

/** Canonical term for a word: synonym class of the word, else of its stem, else the stem. */
export function canonicalTerm(w: string): string {
  const direct = SYNONYMS.get(w);
  if (direct) return direct;
  const s = stem(w);
  return SYNONYMS.get(s) ?? SYNONYMS.get(s + "e") ?? s;
}

/** Content terms: folded words without stop words, stemmed and synonym-normalised. */
export function contentTerms(s: string): string[] {
  const out: string[] = [];
  for (const w of plainWords(s)) {
    if (STOPWORDS.has(w) || w.length < 2) continue;
    out.push(canonicalTerm(w));
  }
  return out;
}

/** Jaro-Winkler similarity in [0, 1] of two strings after folding. */
export function jaroWinkler(a: string, b: string): number {
  return JaroWinklerDistance(fold(a), fold(b), {});
}

/** Jaccard overlap of two term collections. */
export function jaccard(a: Iterable<string>, b: Iterable<string>): number {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 && B.size === 0) return 1;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter);
}

/** |A ∩ B| / min(|A|, |B|): 1 when one set is contained in the other. */
export function containment(a: Iterable<string>, b: Iterable<string>): number {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 || B.size === 0) return 0;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / Math.min(A.size, B.size);
}

export type SparseVector = Map<string, number>;

/**
 * Document frequencies over a corpus of term lists, with natural's TF-IDF weighting
 * (idf = 1 + ln(N / (1 + df))). natural's own `TfIdf.idf` scans every document per term, which is
 * quadratic at 10,000+ claims; this table counts document frequency once, in one pass.
 */
export class IdfTable {
  private readonly df = new Map<string, number>();
  private n = 0;

  add(terms: Iterable<string>): void {
    this.n++;
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.max(0.1, 1 + Math.log(Math.max(1, this.n) / (1 + df)));
  }

  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  get size(): number {
    return this.n;
  }

  vector(terms: Iterable<string>): SparseVector {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: SparseVector = new Map();
    for (const [t, f] of tf) v.set(t, f * this.idf(t));
    return v;
  }
}

export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.size === 0 || b.size === 0) return 0;
  let dot = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  if (dot === 0) return 0;
  let na = 0;
  let nb = 0;
  for (const w of a.values()) na += w * w;
  for (const w of b.values()) nb += w * w;
  return dot / Math.sqrt(na * nb);
}

/** Words of a quotation for comparison: folded, punctuation-free. */
export function quoteWords(s: string): string[] {
  return words(s).map((w) => w.replace(/'/g, ""));
}

const EDGE_PUNCT_RE = /^[\s"'.,;:!?…-]+|[\s"'.,;:!?…-]+$/g;
const SPACE_RE = /\s+/g;

/** The printed form of a quote, only trimmed of surrounding punctuation/whitespace and with unified quote characters. */
export function quoteSurface(s: string): string {
  return fold(s).replace(EDGE_PUNCT_RE, "").replace(SPACE_RE, " ");
}

/** Word shingles ("w1 w2 w3") used to block quote comparison. */
export function shingles(ws: string[], n = 3): string[] {
  if (ws.length < n) return ws.length ? [ws.join(" ")] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(" "));
  return out;
}

/** True when `inner` occurs as a contiguous run inside `outer`. */
export function containsRun(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  outer: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let j = 0; j < inner.length; j++) if (outer[i + j] !== inner[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Human list without repeats: "A", "A and B", "A, B and C"; past `max` names the rest are counted
 * ("A, B, C, D and 12 others") so that a summary stays one line when hundreds of outlets agree.
 */
export function humanList(items: string[], max = 4): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique.join("");
  if (unique.length > max + 1) return `${unique.slice(0, max).join(", ")} and ${unique.length - max} others`;
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

/** Shorten a string for a one-line summary without cutting words. */
export function clip(s: string, max = 110): string {
  const t = s.replace(SPACE_RE, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(" ");
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
