/**
 * What a printing does to quoted words: the negations that govern them and the hedges or conditions that
 * qualify them. The words are read from the quote itself and, around a partial quote, from the paraphrase
 * it is embedded in ("said the plan would be “the last resort”"), within the clause the quote belongs to.
 * Two printings of one quotation whose stances differ say different things, however many words they share.
 */
import type { TArticleAnalysis } from "@/lib/schemas/pipeline";
import { JUDGMENT_VERBS, SPEECH_VERBS } from "../../lexicons/roles";
import { quoteTokens, type QuoteToken } from "./quote-tokens";

/** One quotation as printed, with the stretch of its sentence a paraphrase around it may occupy. */
export type PrintedQuote = {
  text: string;
  start: number;
  end: number;
  /** The paraphrase before the quote starts here (its sentence, or the end of an earlier quote in it). */
  leftBound: number;
  /** ... and after it ends here. */
  rightBound: number;
};

export type Stance = { negations: string[]; hedges: string[] };

const NEGATORS = new Set(["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without"]);
/** Verbs of denial reverse what follows them in a paraphrase ("denied that it would be “the last”"). */
const DENIALS = new Set(["deny", "denies", "denied", "denying"]);
/** Words that make a statement a likelihood, an expectation, a belief or a condition rather than a fact. */
const HEDGES = new Set(
  `may might could likely unlikely probably possibly possible perhaps maybe expect expects expected expecting
  hope hopes hoped hoping consider considers considering think thinks believe believes seem seems appear appears
  should if unless`.split(/\s+/),
);
/** "even if", "as if": the words after are conceded or compared, not made conditional. */
const CONCESSIVE_BEFORE_IF = new Set(["even", "as"]);
/** Where a clause ends: a sentence stop, a semicolon, a colon, a dash, or a comma before a contrast. */
const CLAUSE_BREAK_RE = /[.!?;:—–](?:["”’]?)(?=\s|$)|,\s*(?:but|however|while|whereas|although|though|yet)\b|\s(?:but|however)\s/g;

/** A quote of `analysis` with the bounds of the paraphrase around it (its sentence, other quotes excluded). */
export function printedQuote(analysis: TArticleAnalysis, quoteIndex: number): PrintedQuote {
  const q = analysis.quotes[quoteIndex];
  const sentenceOf = (pos: number) => analysis.sentences.find((s) => s.start <= pos && pos < s.end);
  let leftBound = sentenceOf(q.start)?.start ?? q.start;
  let rightBound = sentenceOf(Math.max(q.start, q.end - 1))?.end ?? q.end;
  for (const o of analysis.quotes) {
    if (o.end <= q.start && o.end > leftBound) leftBound = o.end;
    if (o.start >= q.end && o.start < rightBound) rightBound = o.start;
  }
  return { text: analysis.text, start: q.start, end: q.end, leftBound: Math.min(leftBound, q.start), rightBound: Math.max(rightBound, q.end) };
}

/** The text from the last clause break before `to` (no earlier than `from`). */
function clauseBefore(text: string, from: number, to: number): number {
  let at = from;
  for (const m of text.slice(from, to).matchAll(CLAUSE_BREAK_RE)) at = from + m.index! + m[0].length;
  return at;
}

/** The end of the clause that starts at `from` (no later than `to`). */
function clauseAfter(text: string, from: number, to: number): number {
  const m = new RegExp(CLAUSE_BREAK_RE.source).exec(text.slice(from, to));
  return m ? from + m.index! : to;
}

/** Where the paraphrase before a quote starts mattering: after its last verb of saying ("X said the plan would be"). */
function afterLastSpeechVerb(p: PrintedQuote): number {
  let at = p.leftBound;
  for (const t of quoteTokens(p.text, p.leftBound, p.start)) if (SPEECH_VERBS.has(t.word) || JUDGMENT_VERBS.has(t.word)) at = t.end;
  return at;
}

/**
 * Where the words framing [regionStart, regionEnd) of a printing begin and end: the quote's own words before
 * and after that stretch, and the paraphrase around the quote, cut at clause breaks.
 */
export function frameOf(p: PrintedQuote, regionStart: number, regionEnd: number): { start: number; end: number } {
  const start = clauseBefore(p.text, Math.max(afterLastSpeechVerb(p), p.leftBound), regionStart);
  const end = clauseAfter(p.text, regionEnd, p.rightBound);
  return { start, end };
}

/** "May" capitalised inside a sentence is the month, not the modal. */
function isMonth(text: string, t: QuoteToken): boolean {
  return t.word === "may" && text[t.start] === "M" && /[\p{L}\p{N},]\s*$/u.test(text.slice(Math.max(0, t.start - 4), t.start));
}

/** The negations and hedges among `tokens` of `text`; denial verbs count as negations. */
export function stanceOf(text: string, tokens: QuoteToken[]): Stance {
  const negations: string[] = [];
  const hedges: string[] = [];
  tokens.forEach((t, k) => {
    if (t.word === "if" && CONCESSIVE_BEFORE_IF.has(tokens[k - 1]?.word ?? "")) return;
    if (NEGATORS.has(t.word) || DENIALS.has(t.word)) {
      // "No, we will …": an answer, not a negation of what follows
      if (!/^\s*[,.!?;:—–]/.test(text.slice(t.end, t.end + 2))) negations.push(t.word);
    }
    else if (HEDGES.has(t.word) && !isMonth(text, t)) hedges.push(t.word);
  });
  return { negations, hedges };
}

/** The stance a printing gives the stretch [regionStart, regionEnd) of its quote, read over its frame. */
export function stanceAround(p: PrintedQuote, regionStart: number, regionEnd: number): { stance: Stance; frame: { start: number; end: number } } {
  const frame = frameOf(p, regionStart, regionEnd);
  // after the shared words only a condition changes their sense ("we will appeal if ...")
  const conditions = stanceOf(p.text, quoteTokens(p.text, regionEnd, frame.end)).hedges.filter((w) => w === "if" || w === "unless");
  const stance = stanceOf(p.text, quoteTokens(p.text, frame.start, regionEnd));
  return { stance: { negations: stance.negations, hedges: [...stance.hedges, ...conditions] }, frame };
}

/** Does the frame reach into a paraphrase before the quote (words, not just an opening quote mark)? */
export function framedByParaphrase(p: PrintedQuote, frame: { start: number }): boolean {
  return frame.start < p.start && /[\p{L}\p{N}]/u.test(p.text.slice(frame.start, p.start));
}
