import type { TEntityType, TLocalEntity, TMention } from "@/lib/schemas/pipeline";
import type { QuotePair } from "./quote-pairs";
import { insideSpans, wordBefore } from "../../text/text-patterns";

/** What the attribution steps share: the article, its entities, and the mentions outside every quote pair. */
export type QuoteScan = { text: string; entByKey: Map<string, TLocalEntity>; outsideMentions: TMention[] };
/** `far`: the cue is a verb of saying whose reported clause holds the (short) quote, so distance is allowed. */
export type Speaker = { key: string | null; cueStart: number; cueEnd: number; far?: boolean };

/** Words before a mention that make it an object, not a speaker ("in X", "formerly X"). */
export const PREPOSITIONS = new Set(
  "in on at of from by with to over under into about against for during through via between among formerly".split(" "),
);
export const WORD = /[\p{L}\p{M}'’-]+/gu;

export function wordsIn(s: string): string[] {
  return s.match(WORD) ?? [];
}

export function typeOf(scan: QuoteScan, m: TMention): TEntityType | undefined {
  return scan.entByKey.get(m.entityKey)?.type;
}

/** The lower-cased word before `pos` (within 20 characters), skipping spaces and an opening parenthesis. */
export const prevWord = (text: string, pos: number): string => wordBefore(text, pos);

/** Mentions inside a quote pair are what the speaker says, never who speaks: they are left out. */
export function buildQuoteScan(text: string, entities: TLocalEntity[], mentions: TMention[], pairs: QuotePair[]): QuoteScan {
  const pairSpans = pairs.map((p) => ({ start: p.open + 1, end: p.close })).sort((a, b) => a.start - b.start);
  const outsideMentions = mentions.filter((m) => !insideSpans(pairSpans, m.start));
  return { text, entByKey: new Map(entities.map((e) => [e.key, e])), outsideMentions };
}
