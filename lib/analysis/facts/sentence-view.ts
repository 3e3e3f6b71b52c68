/**
 * One sentence as the fact rules see it: its tokens, the predicates the news lexicon finds in it, its clause
 * segments, the entity mentions it holds (as token ranges) and the past time each segment speaks of. Built
 * once per sentence, linear in its length.
 */
import { PREDICATE_PHRASE_CLASSES, PREDICATE_PHRASE_RE, PREDICATE_WORDS } from "@/lib/lexicons/predicates";
import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import { factTokens, type FactToken } from "./fact-tokens";
import { lowerBound } from "../../text/text-patterns";

export type PredicateMention = { first: number; next: number; classes: string[]; word: string };
export type Segment = { first: number; next: number; era: string | null };
export type MentionSpan = { first: number; next: number; mention: TMention };

export type SentenceView = {
  readonly sentence: TSentence;
  readonly toks: FactToken[];
  readonly lower: string;
  readonly predicates: PredicateMention[];
  /** Clause segments in order; `segmentOf[i]` is the segment index of token i. */
  readonly segments: Segment[];
  readonly segmentOf: number[];
  readonly mentions: MentionSpan[];
  readonly inQuote: boolean[];
};

/** Closed-class words: they end a noun phrase and never name what is counted. */
export const FUNCTION_WORDS = new Set(
  `a an the this that these those its it their his her our my your some any each every all both no not nor and or but if than then so
  of in on at by for from with without into onto over under about as to up down off out after before during until since while when where
  who whom whose which what why how there here is are was were be been being am has have had having do does did will would shall should
  can could may might must also still just only even already yet now again ever never more most less least very too such same other
  he she they we i you him them us me through across along toward towards near between against among amid per via onto upon within
  around behind beyond despite inside outside like unlike except plus including following than whether`.split(/\s+/),
);
const BOUNDARY_WORDS = new Set(["and", "but", "while", "whereas", "although", "though", "because", "after", "before", "when", "where", "which", "who", "whom", "that", "if", "unless", "as", "since", "until"]);
const BOUNDARY_PUNCT = new Set([",", ";", ":", "—", "–", "(", ")", "[", "]", "“", "”", '"', "‘"]);
/** A year, as a time of its own: "in 1994", "in 2023", "during 2019"; "since 2019" and "until 2020" are spans. */
const ERA_PREPS = new Set(["in", "during", "of", "from", "circa"]);

const NUMBER_WORD_RE = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)$/;
function isNumberish(t: FactToken | undefined): boolean {
  return t !== undefined && (t.kind === "num" || (t.kind === "word" && NUMBER_WORD_RE.test(t.lower)));
}

/** Token index of the first token starting at or after `pos`. */
const tokenAt = (toks: FactToken[], pos: number): number => lowerBound(toks, pos);

/**
 * The view of one sentence, each part computed on first use and kept: a rule that finds nothing to read in a
 * sentence's text (no time phrase, no state word) never pays for its tokens, predicates or clauses.
 */
class LazySentenceView implements SentenceView {
  readonly lower: string;
  private t?: FactToken[];
  private p?: PredicateMention[];
  private seg?: { segments: Segment[]; segmentOf: number[] };
  private m?: MentionSpan[];
  private q?: boolean[];

  constructor(
    private readonly text: string,
    readonly sentence: TSentence,
    private readonly sentenceMentions: TMention[],
    private readonly quoteSpans: Array<{ start: number; end: number }>,
    private readonly articleYear: number | null,
  ) {
    this.lower = text.slice(sentence.start, sentence.end).toLowerCase().replace(/’/g, "'");
  }

  get toks(): FactToken[] {
    return (this.t ??= factTokens(this.text, this.sentence.start, this.sentence.end));
  }
  get predicates(): PredicateMention[] {
    return (this.p ??= findPredicates(this.toks, this.lower, this.sentence.start));
  }
  get segments(): Segment[] {
    return (this.seg ??= segment(this.toks, this.articleYear)).segments;
  }
  get segmentOf(): number[] {
    return (this.seg ??= segment(this.toks, this.articleYear)).segmentOf;
  }
  get mentions(): MentionSpan[] {
    const toks = this.toks;
    return (this.m ??= this.sentenceMentions.map((m) => ({ first: tokenAt(toks, m.start), next: tokenAt(toks, m.end), mention: m })).filter((m) => m.next > m.first));
  }
  get inQuote(): boolean[] {
    return (this.q ??= quoteMembership(this.toks, this.quoteSpans, this.sentence.start));
  }
}

/** Whether each token stands inside a quotation: one sweep over the sorted quote spans. */
function quoteMembership(toks: FactToken[], quoteSpans: Array<{ start: number; end: number }>, from: number): boolean[] {
  const inQuote = new Array<boolean>(toks.length).fill(false);
  let qi = lowerBound(quoteSpans, from + 1) - 1;
  if (qi < 0) qi = 0;
  for (let i = 0; i < toks.length; i++) {
    while (qi < quoteSpans.length && quoteSpans[qi].end < toks[i].end) qi++;
    inQuote[i] = qi < quoteSpans.length && quoteSpans[qi].start <= toks[i].start && toks[i].end <= quoteSpans[qi].end;
  }
  return inQuote;
}

export function buildSentenceView(text: string, sentence: TSentence, mentions: TMention[], quoteSpans: Array<{ start: number; end: number }>, articleYear: number | null): SentenceView {
  return new LazySentenceView(text, sentence, mentions, quoteSpans, articleYear);
}

function findPredicates(toks: FactToken[], lower: string, offset: number): PredicateMention[] {
  const out: PredicateMention[] = [];
  const covered = new Uint8Array(toks.length);
  PREDICATE_PHRASE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREDICATE_PHRASE_RE.exec(lower))) {
    const g = m.slice(1).findIndex((x) => x !== undefined);
    if (g < 0) continue;
    const first = tokenAt(toks, offset + m.index);
    const next = tokenAt(toks, offset + m.index + m[0].length);
    if (next <= first) continue;
    out.push({ first, next, classes: [PREDICATE_PHRASE_CLASSES[g]], word: m[0] });
    for (let i = first; i < next; i++) covered[i] = 1;
  }
  toks.forEach((t, i) => {
    if (t.kind !== "word" || covered[i]) return;
    // "declined to comment", "declined an interview": a refusal, not a fall
    if (/^declin/.test(t.lower) && /^(?:to|comment|an|requests?|interviews?)$/.test(toks[i + 1]?.lower ?? "")) return;
    const classes = PREDICATE_WORDS.get(t.lower);
    if (classes) out.push({ first: i, next: i + 1, classes, word: t.lower });
  });
  return out.sort((a, b) => a.first - b.first);
}

/** Clause segments: split at clause punctuation and subordinating or coordinating words; each gets its era. */
function segment(toks: FactToken[], articleYear: number | null): { segments: Segment[]; segmentOf: number[] } {
  const segments: Segment[] = [];
  const segmentOf = new Array<number>(toks.length);
  let start = 0;
  const close = (end: number) => {
    if (end > start) segments.push({ first: start, next: end, era: null });
    start = end;
  };
  // whether the open segment holds anything but punctuation (", where" opens one segment, not two)
  let hasWord = false;
  toks.forEach((t, i) => {
    if (i <= start) {
      if (t.kind !== "punct") hasWord = true;
      return;
    }
    const punct = t.kind === "punct" && BOUNDARY_PUNCT.has(t.text);
    const word = t.kind === "word" && BOUNDARY_WORDS.has(t.lower);
    if (word && !hasWord) {
      hasWord = true;
      return;
    }
    if (!punct && !word && t.kind !== "punct") hasWord = true;
    // "between 30 and 40": an "and" between two numbers joins a range, not two clauses
    if (word && t.lower === "and" && isNumberish(toks[i - 1]) && isNumberish(toks[i + 1])) return;
    if (punct || word) {
      close(i);
      hasWord = word;
    }
  });
  close(toks.length);
  segments.forEach((s, si) => {
    for (let i = s.first; i < s.next; i++) segmentOf[i] = si;
    s.era = eraOf(toks, s, articleYear);
  });
  // a fronted time ("In 2021, the city gave …") speaks for the clauses after it, up to one that names its own;
  // a "when" or "where" clause after a year speaks of that year ("in 1994, when 41 people died")
  let carried: string | null = null;
  let lastEra: string | null = null;
  segments.forEach((s, si) => {
    let lead = s.first;
    while (lead < s.next && toks[lead].kind !== "word") lead++;
    const leadWord = toks[lead]?.lower;
    if (s.era !== null) {
      carried = si === 0 && s.next - s.first <= 4 ? s.era : null;
      lastEra = s.era;
      return;
    }
    if ((leadWord === "when" || leadWord === "where") && lastEra !== null) carried = lastEra;
    if (carried !== null) s.era = carried;
  });
  return { segments, segmentOf };
}

/** The past year a segment speaks of, when it names one other than the article's own: "in 1994", "in 2023". */
function eraOf(toks: FactToken[], s: Segment, articleYear: number | null): string | null {
  for (let i = s.first; i < s.next; i++) {
    const t = toks[i];
    if (t.kind !== "num" || !/^\d{4}$/.test(t.text)) continue;
    const y = Number(t.text);
    if (y < 1800 || y > 2100) continue;
    if (articleYear !== null && y >= articleYear) continue;
    // "since 2019", "until 2020", "by 2030" speak of a span reaching the present, not of a past time
    const prev = toks[i - 1]?.lower ?? "";
    const prev2 = toks[i - 2]?.lower ?? "";
    const monthBefore = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(prev) && toks[i - 1].kind === "word";
    if (ERA_PREPS.has(prev) || (monthBefore && ERA_PREPS.has(prev2)) || i === s.first || (toks[i + 1]?.lower === "season")) return String(y);
    if (prev === "'s" || toks[i + 1]?.kind === "word" && !FUNCTION_WORDS.has(toks[i + 1].lower)) return String(y); // "the 2022 election"
  }
  // "last year", "last season", "a year earlier"
  for (let i = s.first; i + 1 < s.next; i++) {
    if (toks[i].lower === "last" && /^(?:year|season)$/.test(toks[i + 1].lower) && articleYear !== null) return String(articleYear - 1);
  }
  return null;
}
