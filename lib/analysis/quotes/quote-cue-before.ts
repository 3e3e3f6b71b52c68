import type { TMention } from "@/lib/schemas/pipeline";
import { JUDGMENT_VERBS, QUOTING_VERBS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from "../../lexicons/roles";
import { describedSpeaker } from "./described-speaker";
import type { QuotePair } from "./quote-pairs";
import { afterPreposition, clauseStop, isPossessiveAt, typeOf, WORD, wordsIn, type QuoteScan, type Speaker } from "./quote-scan";
import { pronounSpeaker } from "./quote-subject";
import { itemsWithin, lowerBound } from "../../text/text-patterns";

/** A determiner before a word ending in "s": the word is a plural noun. */
const NOUN_LEAD = /\b(?:the|a|an|that|these|those|many|some|all|of|its|their|his|her|our|whose|several|other|such|new)\s+$/i;

const isCueVerb = (w: string) => SPEECH_VERBS.has(w) || w === "according" || JUDGMENT_VERBS.has(w) || QUOTING_VERBS.has(w);

/** The article's cue words read so far, in order, and how far the text has been read: quotes come in text order. */
type CueWords = { upTo: number; words: Array<{ index: number; word: string }> };
const cueWordCache = new WeakMap<QuoteScan, CueWords>();
/** How many names before a verb of saying may be its subject, nearest first. */
const MAX_SUBJECT_CANDIDATES = 16;
/** How many candidate cue words back from a quote are tried: an attribution is never further back than that. */
const MAX_CUE_WORDS_BACK = 64;

/** The cue words of the text up to `open`: read once for the whole article, extended as later quotes need. */
function cueWordsUpTo(scan: QuoteScan, open: number): CueWords["words"] {
  let cached = cueWordCache.get(scan);
  if (!cached) cueWordCache.set(scan, (cached = { upTo: 0, words: [] }));
  if (open > cached.upTo) {
    const stretch = scan.text.slice(cached.upTo, open);
    WORD.lastIndex = 0;
    let w: RegExpExecArray | null;
    while ((w = WORD.exec(stretch))) if (isCueVerb(w[0].toLowerCase())) cached.words.push({ index: cached.upTo + w.index, word: w[0] });
    cached.upTo = open;
  }
  return cached.words;
}

/**
 * The cue verb: the last verb of saying, judgment or quoting (or "according") between `sStart` and the quote,
 * outside earlier quotes. Read backwards over the article's cue words, so many quotes cost no more than the text.
 */
function lastCueVerb(scan: QuoteScan, sStart: number, open: number): { index: number; 0: string } | null {
  const words = cueWordsUpTo(scan, open);
  // the last cue word that ends before the opening mark
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].index + words[mid].word.length <= open) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo, tried = 0; i > 0 && tried < MAX_CUE_WORDS_BACK; i--, tried++) {
    const w = words[i - 1];
    if (w.index < sStart) break;
    // inside an earlier quote of the sentence: its words are not the cue
    const q = scan.pairSpans[lowerBound(scan.pairSpans, w.index + 1) - 1];
    if (q && q.start >= sStart && q.start <= w.index && w.index < q.end && q.end <= open) continue;
    const lw = w.word.toLowerCase();
    // "that states retain", "the claims", "its reports": a plural noun, not a verb of saying
    if (/s$/.test(lw) && NOUN_LEAD.test(scan.text.slice(Math.max(sStart, w.index - 12), w.index))) continue;
    return { index: w.index - sStart, 0: w.word };
  }
  return null;
}

/**
 * Whether the text between the cue verb and the quote allows the cue: null when not, else whether it is a
 * far cue (a short quote inside reported speech).
 */
function cueReach(text: string, sStart: number, vS: number, gap: string, verb: string, judgment: boolean, short: boolean): boolean | null {
  if (judgment) {
    // "X considered “…”" in the active voice; "are considered “inviolable”" is a quoted term, not speech
    if (/\b(?:is|are|was|were|be|been|being|widely|generally|commonly)\s+$/i.test(text.slice(sStart, vS))) return null;
    if (wordsIn(gap).length > 3 || /[,;:.!?]/.test(gap)) return null;
    return false;
  }
  if (!short) return false;
  if (WEAK_SPEECH_VERBS.has(verb)) return null;
  const tight = gap.length <= 40 && wordsIn(gap).length <= 5 && !/\b(?:that|is|are|was|were|be|been)\b/.test(gap);
  if (tight) return false;
  // a partial quote inside reported speech: "told the paper that the country is “breaking” ties"
  if (verb === "according" || gap.length > 120 || wordsIn(gap).length > 16 || /[.;:!?()]/.test(gap)) return null;
  return true;
}

/** Participle cue ("…, saying “…”"): the clause subject is the sentence's first non-prepositional mention. */
function participleSpeaker(scan: QuoteScan, sStart: number, vS: number, vE: number, far: boolean): Speaker {
  const cands = itemsWithin(scan.outsideMentions, sStart, vS).filter((m) => !afterPreposition(scan.text, m.start));
  const person = cands.find((m) => typeOf(scan, m) === "person");
  const pick = cands[0] && typeOf(scan, cands[0]) !== "place" ? cands[0] : person ?? cands[0];
  return { key: pick?.entityKey ?? null, cueStart: pick ? pick.start : vS, cueEnd: vE, far };
}

/** Where the clause holding `pos` starts: after the last full stop or semicolon before it that ends a sentence. */
function clauseStartBefore(text: string, sStart: number, pos: number): number {
  let start = sStart;
  for (;;) {
    const stop = clauseStop(text.slice(start, pos).replace(/[“”"‘]/g, " "));
    if (stop < 0) return start;
    start += stop + 1;
  }
}

/**
 * Whether the mention is the subject of the verb `gap` characters later: nothing but a few words between
 * ("Doe on Tuesday said"), an appositive or relative clause between commas ("Doe, the coach, said"), or a name
 * that is itself the appositive ("The coach, Jane Doe, said").
 */
function isSubjectOf(text: string, m: TMention, gap: string): boolean {
  if (!gap.includes(",")) return wordsIn(gap).length <= 3;
  // an appositive, then at most two adverbs ("Doe, the coach, later said")
  if (/^\s*,[\s\S]*,(?:\s+\p{L}+){0,2}\s*$/u.test(gap) && gap.trim() !== ",") return true;
  return /^\s*,\s*$/.test(gap) && /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start));
}

/**
 * "… on Jane Doe, 63, who told the court “…”": the subject of a verb in a relative clause is the name the clause
 * follows, even after a preposition (an appositive between is passed over).
 */
function relativeAntecedent(scan: QuoteScan, clauseStart: number, pre: string): TMention | undefined {
  const who = /,\s*who\s+(?:\p{Ll}+\s+)?$/u.exec(pre);
  if (!who) return undefined;
  const at = clauseStart + who.index;
  const before = itemsWithin(scan.outsideMentions, clauseStart, at);
  const last = before[before.length - 1];
  if (!last) return undefined;
  // the name itself, or the name and an appositive of numbers or a few words ("Doe, 63, who")
  const gap = scan.text.slice(last.end, at);
  return gap === "" || /^,[^,]{1,40}$/.test(gap) ? last : undefined;
}

/** Finite verb cue: the clause subject before it (a mention, a pronoun, a described or back-referring noun phrase). */
function finiteSpeaker(scan: QuoteScan, sStart: number, vS: number, vE: number, far: boolean, judgment: boolean, sentSp: Speaker | undefined): Speaker | null {
  const { text } = scan;
  const clauseStart = clauseStartBefore(text, sStart, vS);
  const pre = text.slice(clauseStart, vS);
  const pron = /\b(he|she)\s+(?:also\s+|then\s+|later\s+)?$/i.exec(pre);
  if (pron) {
    const own = sentSp?.key && scan.entByKey.get(sentSp.key)?.type === "person" ? sentSp.key : null;
    return { key: own ?? pronounSpeaker(scan, clauseStart + pron.index), cueStart: clauseStart + pron.index, cueEnd: vE, far };
  }
  const antecedent = relativeAntecedent(scan, clauseStart, pre);
  if (antecedent) return { key: antecedent.entityKey, cueStart: antecedent.start, cueEnd: vE, far };
  const inClause = itemsWithin(scan.outsideMentions, clauseStart, vS);
  const eligible = (m: TMention) => !afterPreposition(text, m.start) && !isPossessiveAt(text, m.end);
  // the nearest candidates, nearest first: a subject stands a few names before its verb at most
  const nearest: TMention[] = [];
  for (let i = inClause.length - 1; i >= 0 && nearest.length < MAX_SUBJECT_CANDIDATES; i--) if (eligible(inClause[i])) nearest.push(inClause[i]);
  // "X thanked Y and wished him “…”": the coordinated verb shares the clause's first subject
  const first = /\band\s+$/.test(pre) ? inClause.find(eligible) : undefined;
  const subject = first ? inClause.find((m) => eligible(m) && typeOf(scan, m) !== "place") ?? first : nearest.find((m) => isSubjectOf(text, m, text.slice(m.end, vS)));
  if (subject) {
    // a verb of judgment needs its subject right before it ("that Ruritania considered “…”")
    if (judgment && wordsIn(text.slice(subject.end, vS)).length > 2) return null;
    return { key: subject.entityKey, cueStart: subject.start, cueEnd: vE, far };
  }
  if (judgment) return null;
  const npStart = clauseStart + Math.max(0, pre.lastIndexOf(",") + 1);
  const described = describedSpeaker(scan, text.slice(npStart, vS).replace(/\s+(?:also|then|later)\s*$/, ""), npStart);
  if (described) return { ...described, cueStart: npStart, cueEnd: vE, far };
  const last = nearest[0];
  return { key: last?.entityKey ?? null, cueStart: last ? last.start : vS, cueEnd: vE, far };
}

/** Attribution before the opening mark within the sentence: `X said (that) “…`, `X called it “…”`. */
export function cueBeforeQuote(scan: QuoteScan, p: QuotePair, sStart: number, short: boolean, sentSp: Speaker | undefined): Speaker | null {
  const { text } = scan;
  const best = lastCueVerb(scan, sStart, p.open);
  if (!best) return null;
  const verb = best[0].toLowerCase();
  const vS = sStart + best.index;
  const vE = vS + best[0].length;
  const judgment = JUDGMENT_VERBS.has(verb) && !SPEECH_VERBS.has(verb);
  const far = cueReach(text, sStart, vS, text.slice(vE, p.open), verb, judgment, short);
  if (far === null) return null;
  if (verb === "according") {
    const inside = itemsWithin(scan.outsideMentions, vE, p.open);
    return { key: inside[0]?.entityKey ?? null, cueStart: vS, cueEnd: inside[0]?.end ?? vE, verb };
  }
  const sp = /ing$/.test(verb) ? participleSpeaker(scan, sStart, vS, vE, far) : finiteSpeaker(scan, sStart, vS, vE, far, judgment, sentSp);
  return sp && { ...sp, verb };
}
