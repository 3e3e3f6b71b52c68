import type { TEntityType, TLocalEntity, TMention } from "@/lib/schemas/pipeline";
import type { QuotePair } from "./quote-pairs";
import { buildRoleIndex, type RoleIndex } from "./role-index";
import { ABBREVIATIONS, TITLE_WORDS } from "../../lexicons/roles";
import { insideSpans, isSpace, wordBefore, type Token } from "../../text/text-patterns";

/**
 * What the attribution steps share: the article, its entities, the mentions outside every quote pair, the
 * quote pairs themselves, and the role words printed around each person's name.
 */
export type QuoteScan = {
  text: string;
  entByKey: Map<string, TLocalEntity>;
  outsideMentions: TMention[];
  pairSpans: Token[];
  roles: RoleIndex;
  /** The person who spoke the last attributed quote so far, and where that quote ends: set by extractQuotes as it goes. */
  previous: { key: string; end: number } | null;
};
/**
 * `far`: the cue is a verb of saying whose reported clause holds the (short) quote, so distance is allowed.
 * `name`: a speaker described rather than named ("one worker", "the board"), when `key` is null.
 * `verb`: the cue's verb, lower-cased ("according" for "according to").
 */
export type Speaker = { key: string | null; cueStart: number; cueEnd: number; far?: boolean; name?: string; verb?: string };

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

/** A title before a name, with its abbreviation's full stop: "Sen. ", "Judge ". */
const TITLE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\.?\s+$/u;

/**
 * The word before a name as printed, once the titles printed before it are passed over ("with Sen. Doe" →
 * "with"); "" when punctuation comes first.
 */
export function wordBeforeName(text: string, pos: number): string {
  let at = pos;
  for (let i = 0; i < 3; i++) {
    const from = Math.max(0, at - 20);
    const m = TITLE_BEFORE.exec(text.slice(from, at));
    if (!m || !TITLE_WORDS.has(m[1].toLowerCase()) || !/^\p{Lu}/u.test(m[1])) break;
    at = from + m.index + m[0].indexOf(m[1]);
  }
  const lower = wordBefore(text, at);
  if (!lower) return "";
  // back over spaces, one opening parenthesis and spaces again: where the word ends (never a copy of the text before)
  let end = at;
  while (end > 0 && isSpace(text[end - 1])) end--;
  if (text[end - 1] === "(") {
    end--;
    while (end > 0 && isSpace(text[end - 1])) end--;
  }
  return text.slice(end - lower.length, end);
}

/** Whether a mention is the object of a preposition: "in X", "of the X" (the article skipped), "with Sen. X". */
export function afterPreposition(text: string, pos: number): boolean {
  const w = wordBeforeName(text, pos).toLowerCase();
  if (PREPOSITIONS.has(w)) return true;
  return w === "the" && PREPOSITIONS.has(wordBefore(text, text.lastIndexOf("the", pos)));
}

/** Whether a mention is a possessive modifier ("Acme's chairman"), not a noun phrase of its own. */
export const isPossessiveAt = (text: string, end: number): boolean => /^['’]s/.test(text.slice(end, end + 2));

/** Whether a speaker is named or described ("one worker"): either way the quote is attributed. */
export const isAttributed = (sp: Speaker | null | undefined): boolean => !!sp && (sp.key !== null || !!sp.name);

/**
 * Where the sentence (or clause) of `s` ends: the first quote mark, or a full stop, "!", "?" or ";" before a space,
 * passing over the full stop of an abbreviation ("Dr.", "Cmdr.") or an initial ("J."); -1 when none.
 */
export function clauseStop(s: string): number {
  const re = /[“”"‘]|[.!?;](?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[0] !== ".") return m.index;
    const w = /([\p{L}]+)$/u.exec(s.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
    if (ABBREVIATIONS.has(w.toLowerCase()) || /^\p{Lu}$/u.test(w)) continue;
    return m.index;
  }
  return -1;
}

/** Mentions inside a quote pair are what the speaker says, never who speaks: they are left out. */
export function buildQuoteScan(text: string, entities: TLocalEntity[], mentions: TMention[], pairs: QuotePair[]): QuoteScan {
  const pairSpans = pairs.map((p) => ({ start: p.open, end: p.close + 1, text: "" })).sort((a, b) => a.start - b.start);
  const outsideMentions = mentions.filter((m) => !insideSpans(pairSpans, m.start));
  const entByKey = new Map(entities.map((e) => [e.key, e]));
  return { text, entByKey, outsideMentions, pairSpans, roles: buildRoleIndex(text, outsideMentions, entByKey), previous: null };
}
