import type { TClaim, TClaimAttribute, TEntityType, TMention, TSentence } from "@/lib/schemas/pipeline";
import { itemsWithin } from "../../text/text-patterns";

/** What the per-kind claim extractors share: the article, its mentions and the subject resolvers (built by build-claim-kit.ts). */
export type ClaimKit = {
  text: string;
  claims: TClaim[];
  /** Mentions outside quotations (sorted). */
  outside: TMention[];
  /** All mentions, including those inside quotations (sorted). */
  mentions: TMention[];
  inQuote: (pos: number) => boolean;
  typeOfKey: (key: string | null) => TEntityType | undefined;
  prevWord: (pos: number) => string;
  /** The subject of a verb at `pos` in its clause (active subject, appositive skipped, pronoun, back-reference). */
  subjectNear: (pos: number, sStart: number, preferPerson: boolean) => string | null;
  recentPerson: (before: number) => string | null;
  add: (s: TSentence, subjectKey: string | null, attribute: TClaimAttribute, vS: number, vE: number, normalized?: string) => TClaim | null;
  /** Role claims so far by their words in any order ("mexico president" = "president mexico"): a lookup, never a scan. */
  rolesByWords: Map<string, TClaim[]>;
};

/** A role value's words, deduplicated and sorted: the key of `rolesByWords`. */
export const roleWordKey = (normalized: string) => [...new Set(normalized.split(/\s+/).filter(Boolean))].sort().join(" ");

/**
 * The claims made so far in sentence `s`: rules run sentence by sentence, so they are the list's tail. A rule
 * that reads its sentence's earlier claims walks this tail, never the whole article's claims.
 */
export function sentenceClaims(kit: ClaimKit, s: TSentence): TClaim[] {
  let i = kit.claims.length;
  while (i > 0 && kit.claims[i - 1].start === s.start) i--;
  return kit.claims.slice(i);
}

/** Words before a mention that make it an object, not a subject ("in X", "by X"). */
export const PREPOSITIONS = new Set("in on at of from by with to over under into about against for during through via between among".split(" "));

/** Adverbs and auxiliaries that may stand between a subject (or "and") and its verb. */
export const AUX = "(?:also|then|later|now|still|reportedly|allegedly|immediately|subsequently|had|has|have|was|were|is|are|been|would|will|could|[a-z]+ly)";
const COORD_RE = new RegExp(`\\band\\s+(?:${AUX}\\s+){0,3}$`);
/** Generic actor nouns: "police from <Place>" acts for that place. */
const ACTOR_OF_RE = /^(?:the\s+)?(?:police|troops|soldiers|officers|agents|authorities|forces|officials)\s+(?:from|of)\s+$/i;

/**
 * The subject of a verb coordinated with an earlier one ("X broke down the doors and forcibly entered …"):
 * the actor of the previous action claim of the clause, else the clause's own subject (a mention or pronoun
 * opening the clause, possibly inside a partial quotation).
 */
export function coordinatedSubject(kit: ClaimKit, pos: number, s: TSentence): string | null {
  const { text } = kit;
  const from = Math.max(s.start, pos - 80);
  const co = COORD_RE.exec(text.slice(from, pos));
  if (!co) return null;
  const andPos = from + co.index;
  // the clause holding the first verb: back to the last boundary before "and"
  let clauseStart = s.start;
  const head = text.slice(s.start, andPos);
  const re = /[,;:]|\b(?:that|who|which|says|said|while|when|after|because|before|but)\b/g;
  let b: RegExpExecArray | null;
  while ((b = re.exec(head))) clauseStart = s.start + b.index + b[0].length;
  for (let i = kit.claims.length - 1; i >= 0 && kit.claims[i].start === s.start; i--) {
    const c = kit.claims[i];
    if ((c.attribute === "action" || c.attribute === "statement") && c.valueStart >= clauseStart && c.valueEnd <= andPos) return c.subjectKey;
  }
  const lead = /^\s*[“"]?\s*(?:(?:the|a|an)\s+)?/i.exec(text.slice(clauseStart, andPos))!;
  const at = clauseStart + lead[0].length;
  const first = itemsWithin(kit.mentions, at, andPos)[0];
  if (first && first.start === at) return first.entityKey;
  const pron = /^(he|she)\b/i.exec(text.slice(at, andPos));
  if (pron && !kit.inQuote(at)) return kit.recentPerson(at);
  if (first && first.start - at <= 40 && ACTOR_OF_RE.test(text.slice(at, first.start)) && kit.typeOfKey(first.entityKey) === "place") return first.entityKey;
  return null;
}

/** The subject of a participle clause (", adding that …", "while standing …"): the actor of the sentence's last claim. */
export function participleSubject(kit: ClaimKit, pos: number, s: TSentence, attrs: readonly string[]): string | null {
  for (let i = kit.claims.length - 1; i >= 0; i--) {
    const c = kit.claims[i];
    if (c.start !== s.start) break;
    if (c.valueEnd <= pos && attrs.includes(c.attribute)) return c.subjectKey;
  }
  return null;
}

/** Mentions (outside quotations) of the sentence: a binary-searched slice, never a scan of the article. */
export function sentenceMentions(kit: ClaimKit, s: TSentence): TMention[] {
  return itemsWithin(kit.outside, s.start, s.end);
}

/** Subject for a time/count phrase: nearest person before it in the sentence, else pronoun/back-reference. */
export function phraseSubject(kit: ClaimKit, pos: number, s: TSentence): string | null {
  const before = itemsWithin(kit.outside, s.start, pos);
  const person = [...before].reverse().find((m) => kit.typeOfKey(m.entityKey) === "person");
  if (person) return person.entityKey;
  const near = kit.subjectNear(pos, s.start, true);
  if (near) return near;
  const pre = kit.text.slice(s.start, pos);
  if (/\b(?:he|she|He|She)\b/.test(pre)) return kit.recentPerson(s.start);
  const after = kit.outside.find((m) => m.start >= pos && m.start <= s.end && kit.typeOfKey(m.entityKey) === "person");
  return after ? after.entityKey : null;
}
