import type { TMention } from "@/lib/schemas/pipeline";
import { describedSpeaker, type Described } from "./described-speaker";
import { afterPreposition, clauseStop, isPossessiveAt, typeOf, wordBeforeName, type QuoteScan } from "./quote-scan";
import { PERSON_NOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from "../../lexicons/roles";
import { fold, itemsWithin, lowerBound, wordBefore } from "../../text/text-patterns";

const PRONOUNS_PERSON = new Set(["he", "she"]);

/**
 * A mention that cannot be what a later "he" or "she" refers to: the subject or object of reported speech
 * ("said Smith was", "told Jones that"), as opposed to an inverted speaker ("said Jane Doe, the coach").
 */
function isEmbedded(text: string, m: TMention): boolean {
  if (!SPEECH_VERBS.has(wordBefore(text, m.start))) return false;
  return /^ (?!who\b)\p{Ll}/u.test(text.slice(m.end, m.end + 5));
}

/**
 * The last person (or organisation) mentioned before `before`; for an organisation with `noun`, the last one
 * whose name holds that noun ("the ministry" → the last "… Ministry …"), else (unless `strict`) the last
 * organisation.
 */
export function recentSpeaker(scan: QuoteScan, before: number, kind: "person" | "org", noun?: string, strict = false): string | null {
  const { outsideMentions } = scan;
  for (let i = lowerBound(outsideMentions, before) - 1; i >= 0; i--) {
    const m = outsideMentions[i];
    if (m.end > before) continue;
    const t = typeOf(scan, m);
    if (kind === "person" && t === "person") return m.entityKey;
    if (kind === "org" && t === "organization") {
      if (!noun || fold(scan.entByKey.get(m.entityKey)!.name).includes(noun)) return m.entityKey;
    }
  }
  if (kind === "org" && noun && !strict) return recentSpeaker(scan, before, "org");
  return null;
}

/** Whether a person mention is an object ("met Jane Doe"): a lower-case word other than a role or title comes right before it. */
function isObject(text: string, m: TMention): boolean {
  const printed = wordBeforeName(text, m.start);
  if (!/^\p{Ll}/u.test(printed)) return false;
  const w = printed.toLowerCase();
  return !(AND_OR.has(w) || SPEECH_VERBS.has(w) || ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || PERSON_NOUNS.has(w));
}
const AND_OR = new Set(["and", "or", "but", "then", "as"]);

/**
 * The person a "he" or "she" at `cueStart` refers to: the last person named as a subject, passing over persons
 * inside reported speech ("said Jones was wrong"), objects of the same sentence ("Doe met Roe.") and objects of a
 * preposition up to the sentence before ("Doe spoke. He had a bid for Roe rejected.").
 */
export function pronounSpeaker(scan: QuoteScan, cueStart: number): string | null {
  const { outsideMentions, text } = scan;
  let object: TMention | null = null;
  let prepositional = false;
  for (let i = lowerBound(outsideMentions, cueStart) - 1; i >= 0; i--) {
    const m = outsideMentions[i];
    if (m.end > cueStart || typeOf(scan, m) !== "person" || isEmbedded(text, m)) continue;
    if (object) {
      // an object stands for its sentence once the search leaves it (or, after a preposition, the sentence before)
      const stops = sentenceStops(text.slice(m.end, object.start));
      if (stops > (prepositional ? 1 : 0)) return object.entityKey;
    }
    const prep = afterPreposition(text, m.start) && !isFrontedTopic(text, m);
    if (!prep && !isObject(text, m)) return m.entityKey;
    if (!object) {
      object = m;
      prepositional = prep;
    }
  }
  return object?.entityKey ?? null;
}

/** A name in a phrase that opens its sentence before a comma ("For Jane Doe, the loss is personal."): the sentence's topic. */
function isFrontedTopic(text: string, m: TMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return /(?:^|[.!?]["”’]?\s+|\n\s*)\p{Lu}\p{Ll}+\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(before) && /^,/.test(text.slice(m.end, m.end + 1));
}

/** How many sentence ends a stretch of text holds (abbreviations passed over). */
function sentenceStops(s: string): number {
  let n = 0;
  let rest = s.replace(/[“”"‘]/g, " ");
  for (let at = clauseStop(rest); at >= 0; at = clauseStop(rest)) {
    n++;
    rest = rest.slice(at + 1);
  }
  return n;
}

/** Resolve a subject phrase (text between boundaries) to a speaker: a named entity, or one the phrase describes. */
export function resolveSubject(scan: QuoteScan, start: number, end: number, cueStart: number): Described {
  const { text } = scan;
  const inside = itemsWithin(scan.outsideMentions, start, end);
  const seg = text.slice(start, end);
  const lead = seg.replace(/^[\s,]+/, "");
  const firstWord = (lead.match(/^[\p{L}]+/u)?.[0] ?? "").toLowerCase();
  if (PRONOUNS_PERSON.has(firstWord) && !inside.length) return { key: pronounSpeaker(scan, cueStart) };
  // the subject noun phrase: up to the first comma (an appositive follows)
  const comma = seg.search(/,\s/);
  const npEnd = comma > 0 && !/^[\s,]*$/.test(seg.slice(0, comma)) ? start + comma : end;
  const np = text.slice(start, npEnd).replace(/^[\s,]+|\s+$/g, "");
  const npMentions = inside.filter((m) => m.end <= npEnd);
  // a name ending the phrase is the speaker; a name inside it ("one Westford supporter") only modifies it
  const named = npMentions.length > 0 && /^[\s'’s]*$/.test(text.slice(npMentions[npMentions.length - 1].end, npEnd));
  if (!named) {
    const described = describedSpeaker(scan, np, cueStart);
    if (described) return described;
  }
  if (inside.length) {
    const isSubject = (m: TMention) => !afterPreposition(text, m.start) && !isPossessiveAt(text, m.end);
    const inNp = npMentions.filter(isSubject);
    let pool = inNp.length ? inNp : inside.filter(isSubject);
    if (!pool.length) pool = inside;
    const person = [...pool].reverse().find((m) => typeOf(scan, m) === "person");
    return { key: (person ?? pool[pool.length - 1]).entityKey };
  }
  // "it" and "they" stay unresolved
  return { key: null };
}
