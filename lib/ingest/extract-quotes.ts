import type { TBlock, TLocalEntity, TMention, TQuote, TSentence } from "@/lib/schemas/pipeline";
import { cueAfterQuote } from "./quote-cue-after";
import { cueBeforeQuote } from "./quote-cue-before";
import { findQuotePairs } from "./quote-pairs";
import { buildQuoteScan, wordsIn, type Speaker } from "./quote-scan";
import { isSpace } from "./text-patterns";

const MAX_SHORT_WORDS = 3;

export type QuoteContext = {
  text: string;
  blocks: TBlock[];
  sentences: TSentence[];
  entities: TLocalEntity[];
  mentions: TMention[];
};

/** Extract direct quotes with speakers resolved to local entities. */
export function extractQuotes(ctx: QuoteContext): TQuote[] {
  const { text, blocks, sentences, entities, mentions } = ctx;
  const pairs = findQuotePairs(text, blocks);
  const scan = buildQuoteScan(text, entities, mentions, pairs);
  const sentenceAt = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= pos) lo = mid + 1;
      else if (sentences[mid].start > pos) hi = mid - 1;
      else return sentences[mid];
    }
    return null;
  };

  const quotes: TQuote[] = [];
  const sentSpeaker = new Map<number, Speaker>();
  let blockSpeaker: { block: number; sp: Speaker } | null = null;
  let continuing: Speaker | null = null;

  for (const p of pairs) {
    let qs = p.open + 1;
    let qe = p.close;
    while (qs < qe && isSpace(text[qs])) qs++;
    while (qe > qs && isSpace(text[qe - 1])) qe--;
    const before = text.slice(Math.max(blocks[p.blockIndex].start, p.open - 30), p.open).replace(/\s+$/, "");
    const lastCh = before.slice(-1);
    const isPartial = /[\p{L}\p{N}]/u.test(lastCh) || /^\p{Ll}/u.test(text.slice(qs, qs + 1)) || lastCh === "–" || lastCh === "—";
    while (qe > qs && /[,;:]/.test(text[qe - 1])) qe--;
    if (isPartial) while (qe > qs && text[qe - 1] === ".") qe--;
    if (qe <= qs) continue;
    const nWords = wordsIn(text.slice(qs, qe)).length;
    if (nWords === 0) continue;
    const sent = sentenceAt(p.open) ?? sentenceAt(qs);
    const sStart = sent ? sent.start : blocks[p.blockIndex].start;
    const sEnd = sent ? sent.end : blocks[p.blockIndex].end;
    const short = nWords <= MAX_SHORT_WORDS && !p.continues && !p.continued;

    const sentKey = sStart;
    const sentSp = sentSpeaker.get(sentKey);
    let sp = cueAfterQuote(scan, p, blocks[p.blockIndex].end);
    if (!sp) {
      sp = cueBeforeQuote(scan, p, sStart, short, sentSp);
      // the same attribution as an earlier quote of this sentence
      if (sp && sentSp && sp.cueEnd <= sentSp.cueEnd) sp = sentSp;
    }
    if (short) {
      if (!sp) continue;
      // 1-3 word terms need their cue right next to them
      const near = sp.cueEnd <= p.open ? p.open - sp.cueEnd <= (sp.far ? 130 : 40) : sp.cueStart - p.close <= 4;
      if (!near) continue;
    }
    if (!sp && p.continued && continuing) sp = continuing;
    if (sp && sp.key === null && sentSpeaker.get(sentKey)?.key) sp = sentSpeaker.get(sentKey)!;
    if (!sp && sentSpeaker.has(sentKey)) sp = sentSpeaker.get(sentKey)!;
    if (!sp && !isPartial && blockSpeaker && blockSpeaker.block === p.blockIndex) sp = blockSpeaker.sp;
    if (sp) {
      if (!sentSpeaker.has(sentKey) || sp.key) sentSpeaker.set(sentKey, sp);
      if (sp.key) blockSpeaker = { block: p.blockIndex, sp };
    }
    void sEnd;
    continuing = p.continues ? sp ?? null : null;
    const key = sp?.key ?? null;
    quotes.push({
      start: qs,
      end: qe,
      text: text.slice(qs, qe),
      speakerKey: key,
      speakerName: key ? scan.entByKey.get(key)?.name ?? null : null,
      cueStart: sp ? sp.cueStart : null,
      cueEnd: sp ? sp.cueEnd : null,
      isPartial,
      isCaption: blocks[p.blockIndex].kind === "caption",
    });
  }
  return quotes;
}
