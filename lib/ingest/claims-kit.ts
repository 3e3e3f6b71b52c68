import type { TClaim, TClaimAttribute, TEntityType, TMention, TSentence } from "@/lib/schemas/pipeline";
import { itemsWithin } from "./text-patterns";

/** What the per-kind claim extractors share: the article, its mentions and the subject resolvers of extract-claims. */
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
};

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

/** A lower-case modifier of a listed name: not an adverb, auxiliary or verb form ("former", "colonizer"). */
const LIST_MOD = `(?!(?:${AUX}|and|or|but)\\s)(?![\\p{Ll}-]+(?:ed|ing)\\s)[\\p{Ll}-]+\\s+`;
/** What may stand before a listed name: a determiner and a few lower-case modifiers ("the", "former colonizer"). */
const LIST_LEAD = new RegExp(`^(?:the\\s+)?(?:${LIST_MOD}){0,3}$`, "u");
/** Between two listed names: a comma and/or "and", then the next name's lead. */
const LIST_JOIN = new RegExp(`^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?(?:${LIST_MOD}){0,3}$`, "u");

/**
 * The names of an apposed list right before `pos`: "<noun phrase>, A and B, (also) <verb>" — the list
 * restates the fronted noun phrase, so A and B are the verb's subjects. Returns the list's mentions and
 * where the fronted phrase lies, or null when `pos` does not follow such a list.
 */
export function apposedList(kit: ClaimKit, pos: number, s: TSentence): { members: TMention[]; phraseStart: number; phraseEnd: number } | null {
  const { text } = kit;
  const local = sentenceMentions(kit, s).filter((m) => m.end <= pos);
  const tail = new RegExp(`^,\\s+(?:${AUX}\\s+){0,3}$`).exec(text.slice(local.at(-1)?.end ?? pos, pos));
  if (!local.length || !tail) return null;
  const members = [local[local.length - 1]];
  for (let i = local.length - 2; i >= 0; i--) {
    if (!LIST_JOIN.test(text.slice(local[i].end, members[0].start))) break;
    members.unshift(local[i]);
  }
  if (members.length < 2 || !/\band\s+/.test(text.slice(members[0].end, members[members.length - 1].start))) return null;
  const lead = /,\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,3})$/u.exec(text.slice(s.start, members[0].start));
  if (!lead || !LIST_LEAD.test(lead[1])) return null;
  const phraseEnd = s.start + lead.index;
  const phraseStart = s.start + Math.max(text.slice(s.start, phraseEnd).lastIndexOf(",") + 1, 0);
  if (phraseEnd - phraseStart < 3) return null;
  return { members, phraseStart, phraseEnd };
}
