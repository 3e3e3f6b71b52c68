import type { TBlock, TLocalEntity, TMention, TQuote, TSentence } from "@/lib/schemas/pipeline";
import { cueAfterQuote } from "./quote-cue-after";
import { cueBeforeColon, cueNextSentence } from "./quote-cue-around";
import { cueBeforeQuote } from "./quote-cue-before";
import { findQuotePairs, type QuotePair } from "./quote-pairs";
import { buildQuoteScan, isAttributed, wordsIn, type QuoteScan, type Speaker } from "./quote-scan";
import { isSpace, tailStart } from "../../text/text-patterns";

const MAX_SHORT_WORDS = 3;

export type QuoteContext = {
  text: string;
  blocks: TBlock[];
  sentences: TSentence[];
  entities: TLocalEntity[];
  mentions: TMention[];
};

/** Speakers carried from quote to quote: per sentence (by start), the last named one of the block, and a quote reopened in the next paragraph. */
type SpeakerMemory = {
  bySentence: Map<number, Speaker>;
  block: { block: number; sp: Speaker } | null;
  continuing: Speaker | null;
};

type QuoteSpan = { qs: number; qe: number; isPartial: boolean; nWords: number };

function sentenceAt(sentences: TSentence[], pos: number): TSentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else if (sentences[mid].start > pos) hi = mid - 1;
    else return sentences[mid];
  }
  return null;
}

/**
 * The quoted words without edge spaces and trailing punctuation; partial when it continues the text before the
 * mark (a letter, digit or dash) or starts in lower case. Null when no word is left.
 */
function quoteSpan(text: string, blocks: TBlock[], p: QuotePair): QuoteSpan | null {
  let qs = p.open + 1;
  let qe = p.close;
  while (qs < qe && isSpace(text[qs])) qs++;
  while (qe > qs && isSpace(text[qe - 1])) qe--;
  const before = text.slice(Math.max(blocks[p.blockIndex].start, p.open - 30), p.open).replace(/\s+$/, "");
  const lastCh = before.slice(-1);
  const isPartial = /[\p{L}\p{N}]/u.test(lastCh) || /^\p{Ll}/u.test(text.slice(qs, qs + 1)) || lastCh === "–" || lastCh === "—";
  while (qe > qs && /[,;:]/.test(text[qe - 1])) qe--;
  if (isPartial) while (qe > qs && text[qe - 1] === ".") qe--;
  if (qe <= qs) return null;
  const nWords = wordsIn(text.slice(qs, qe)).length;
  if (nWords === 0) return null;
  return { qs, qe, isPartial, nWords };
}

/** How far before its opening mark a quote's attribution may stand within its sentence (no prose sentence is longer). */
const MAX_CUE_REACH = 1200;

/** Cues after a quote that name who relayed the words, not who said them: "…,” the Herald reported", "according to …". */
const RELAY_VERBS = new Set(["reported", "reports", "according"]);

/**
 * The quote's own cue: after the closing mark, else before the opening one (or the sentence's earlier cue when
 * that one reaches as far). A relaying cue after the quote ("…,” Agency reported") gives way to a speaker named
 * before it ("The judge said X “…,” Agency reported"), and an "according to" that names no one is no cue.
 */
function ownCue(scan: QuoteScan, p: QuotePair, blockEnd: number, sStart: number, short: boolean, sentSp: Speaker | undefined): Speaker | null {
  const after = cueAfterQuote(scan, p, blockEnd);
  const relayed = after !== null && RELAY_VERBS.has(after.verb ?? "");
  if (after && !relayed) return after;
  const before = cueBeforeQuote(scan, p, sStart, short, sentSp) ?? (relayed && isAttributed(sentSp) ? sentSp! : null);
  if (relayed && !isAttributed(before)) return isAttributed(after) ? after : before;
  // the same attribution as an earlier quote of this sentence
  if (before && sentSp && before.cueEnd <= sentSp.cueEnd) return sentSp;
  if (before || short) return before;
  return cueBeforeColon(scan, p, sStart) ?? cueNextSentence(scan, p, blockEnd);
}

/**
 * A quoted sentence of its own ("… he said. “Now it is done.”"): the mark opens a sentence and the words end
 * with their own full stop, so even a three-word quote is speech, not a term.
 */
function isWholeSentence(text: string, blockStart: number, p: QuotePair, span: QuoteSpan): boolean {
  const before = text.slice(Math.max(blockStart, p.open - 3), p.open);
  const opensSentence = p.open === blockStart || /[.!?]["”’]?\s+$/.test(before);
  return opensSentence && /^\p{Lu}/u.test(text.slice(span.qs, span.qs + 1)) && /[.!?]$/.test(text.slice(span.qs, p.close).trimEnd());
}

/** 1-3 word terms need their cue right next to them. */
function cueIsNear(p: QuotePair, sp: Speaker): boolean {
  return sp.cueEnd <= p.open ? p.open - sp.cueEnd <= (sp.far ? 130 : 40) : sp.cueStart - p.close <= 4;
}

/** Without a named cue of its own, a quote takes the continued quote's, the sentence's, or (when full) the block's speaker. */
function inheritSpeaker(memory: SpeakerMemory, p: QuotePair, sentKey: number, isPartial: boolean, sp: Speaker | null): Speaker | null {
  if (!sp && p.continued && memory.continuing) sp = memory.continuing;
  if (sp && !isAttributed(sp) && isAttributed(memory.bySentence.get(sentKey))) sp = memory.bySentence.get(sentKey)!;
  if (!sp && memory.bySentence.has(sentKey)) sp = memory.bySentence.get(sentKey)!;
  if (!sp && !isPartial && memory.block && memory.block.block === p.blockIndex) sp = memory.block.sp;
  return sp;
}

/** A named speaker replaces the sentence's and the block's; an unnamed one only fills a sentence without one. */
function rememberSpeaker(memory: SpeakerMemory, p: QuotePair, sentKey: number, sp: Speaker | null): void {
  if (sp) {
    if (!memory.bySentence.has(sentKey) || isAttributed(sp)) memory.bySentence.set(sentKey, sp);
    if (isAttributed(sp)) memory.block = { block: p.blockIndex, sp };
  }
  memory.continuing = p.continues ? sp ?? null : null;
}

/** Extract direct quotes with speakers resolved to local entities. */
export function extractQuotes(ctx: QuoteContext): TQuote[] {
  const { text, blocks, sentences, entities, mentions } = ctx;
  const pairs = findQuotePairs(text, blocks);
  const scan = buildQuoteScan(text, entities, mentions, pairs);
  const quotes: TQuote[] = [];
  const memory: SpeakerMemory = { bySentence: new Map(), block: null, continuing: null };
  for (const p of pairs) {
    const span = quoteSpan(text, blocks, p);
    if (!span) continue;
    const { qs, qe, isPartial } = span;
    const sent = sentenceAt(sentences, p.open) ?? sentenceAt(sentences, qs);
    const sentKey = sent ? sent.start : blocks[p.blockIndex].start;
    const short = span.nWords <= MAX_SHORT_WORDS && !p.continues && !p.continued && !isWholeSentence(text, blocks[p.blockIndex].start, p, span);
    // a cue is looked for within a bounded stretch before the quote: a run-on "sentence" never costs its length per quote
    const cueFrom = tailStart(text, sentKey, p.open, MAX_CUE_REACH);
    const cue = ownCue(scan, p, blocks[p.blockIndex].end, cueFrom, short, memory.bySentence.get(sentKey));
    if (short && (!cue || !cueIsNear(p, cue))) continue;
    const sp = inheritSpeaker(memory, p, sentKey, isPartial, cue);
    rememberSpeaker(memory, p, sentKey, sp);
    const key = sp?.key ?? null;
    if (key && scan.entByKey.get(key)?.type === "person") scan.previous = { key, end: p.close };
    quotes.push({
      start: qs,
      end: qe,
      text: text.slice(qs, qe),
      speakerKey: key,
      speakerName: key ? scan.entByKey.get(key)?.name ?? null : sp?.name ?? null,
      cueStart: sp ? sp.cueStart : null,
      cueEnd: sp ? sp.cueEnd : null,
      isPartial,
      isCaption: blocks[p.blockIndex].kind === "caption",
    });
  }
  return quotes;
}
