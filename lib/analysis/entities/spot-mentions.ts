/**
 * Spotting, sentence by sentence outside headings: government names first, then every run of capitalised
 * words, classified as it is found. Datelines and photo credits are skipped.
 */
import type { TBlock, TSentence } from "@/lib/schemas/pipeline";
import { capitalisedRuns } from "./capitalised-runs";
import { classifyRun } from "./classify-name-run";
import { creditRanges } from "./credit-ranges";
import { governmentMatches } from "./government-names";
import type { SpotContext } from "./raw-mentions";
import { sentenceTokens } from "./sentence-tokens";
import type { Token } from "../../text/text-patterns";

export function spotMentions(text: string, blocks: TBlock[], sentences: TSentence[]): SpotContext {
  const excluded = creditRanges(text, blocks);
  const { sentToks, midCaps, nameStarts, nouns } = sentenceTokens(text, blocks, sentences);
  const ctx: SpotContext = {
    text,
    raw: [],
    weakInitial: new Set(),
    guessIdx: new Set(),
    midCaps,
    nameStarts,
    nouns,
    inExcluded: (s, e) => excluded.some(([a, b]) => s < b && e > a),
  };
  sentences.forEach((s, si) => {
    if (blocks[s.blockIndex].kind === "heading") return;
    const govSpans = spotGovernments(ctx, s);
    const blocked = (t: Token) => govSpans.some(([a, b]) => t.start < b && t.end > a) || ctx.inExcluded(t.start, t.end);
    for (const run of capitalisedRuns(text, sentToks[si], blocked)) classifyRun(ctx, run, s);
  });
  return ctx;
}

/** Government-type organisations of a sentence as raw mentions; returns their spans, which runs may not enter. */
function spotGovernments(ctx: SpotContext, s: TSentence): Array<[number, number]> {
  const govSpans: Array<[number, number]> = [];
  for (const g of governmentMatches(ctx.text, s)) {
    if (ctx.inExcluded(g.start, g.end)) continue;
    ctx.raw.push({ start: g.start, end: g.end, text: g.text, type: "organization", canon: g.canon, strong: true });
    govSpans.push([g.start, g.end]);
  }
  return govSpans;
}
