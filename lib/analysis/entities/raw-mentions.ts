/**
 * Mentions as spotted, before they are merged into entities: a span, a type guess, the canonical name it
 * stands for, and how sure the guess is. The spotting steps share one context and append to it in order.
 */
import type { TEntityType } from "@/lib/schemas/pipeline";
import { administrationAfter } from "./government-names";
import { stripPossessive } from "./sentence-tokens";
import type { Token } from "../../text/text-patterns";

export type RawMention = { start: number; end: number; text: string; type: TEntityType; canon: string; strong: boolean };

export type SpotContext = {
  text: string;
  /** Every raw mention so far; indices into it are what the sets below hold. */
  raw: RawMention[];
  /** Single sentence-initial words: dropped at merging unless they name an entity found elsewhere. */
  weakInitial: Set<number>;
  /** Raw mentions typed person only by default (an unknown 2-4 word capitalised name). */
  guessIdx: Set<number>;
  /** Words printed capitalised mid-sentence somewhere in the article. */
  midCaps: Set<string>;
  /** Words that open a name of two or more capitalised words somewhere in the article. */
  nameStarts: Set<string>;
  /** Lower-case words printed after "the", "a" or "an": common nouns. */
  nouns: Set<string>;
  /** Whether a span overlaps a dateline or photo credit. */
  inExcluded: (s: number, e: number) => boolean;
};

export function pushMention(ctx: SpotContext, toks: Token[], type: TEntityType, canon: string | null, strong: boolean) {
  const { text, raw } = ctx;
  if (!toks.length) return;
  const last = stripPossessive(toks[toks.length - 1]).tok;
  const start = toks[0].start;
  let end = last.end;
  if (end <= start) return;
  if (type !== "place" && last.end === toks[toks.length - 1].end) {
    // "the <Name> administration / government": the government a person leads, not the person
    const adm = administrationAfter(text, end);
    if (adm) {
      const name = text.slice(start, end);
      end += adm[0].length;
      const surface = text.slice(start, end);
      raw.push({ start, end, text: surface, type: "organization", canon: `${name} administration`, strong: true });
      return;
    }
  }
  const surface = text.slice(start, end);
  raw.push({ start, end, text: surface, type, canon: canon ?? surface, strong });
}
