import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import { PREPOSITIONS, roleWordKey, type ClaimKit } from "../claims-kit";
import { normalizeValue } from "../claims-normalize";
import { ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from "../../../lexicons/roles";
import { itemsWithin } from "../../../text/text-patterns";

/** "'s <title>" or " <title>" right after a country mention. Group 2: the title. */
const POSS_ROLE_RE = /^(['’]s|)\s+((?:(?:former|foreign|prime|vice|deputy|interior|finance|defen[cs]e|justice|chief)\s+)?[a-z][a-z-]+)\b/;

/**
 * "<Country>'s <title>" / "the <Demonym> <title>" printed in lower case refers back to the person an earlier
 * role claim of this article gave the same normalised role ("Ruritanian President X" … "Ruritania's president").
 */
function possessiveRoleHolder(kit: ClaimKit, country: TMention, sEnd: number): string | null {
  const { text } = kit;
  const pos = country.end;
  const m = POSS_ROLE_RE.exec(text.slice(pos, Math.min(sEnd, pos + 60)));
  if (!m) return null;
  const head = m[2].toLowerCase().split(/\s+/).pop()!;
  if (!TITLE_WORDS.has(head) && !ROLE_NOUNS.has(head)) return null;
  const want = normalizeValue(text.slice(country.start, pos + m[0].length));
  const found = new Set((kit.rolesByWords.get(roleWordKey(want)) ?? []).filter((c) => c.normalizedValue === want).map((c) => c.subjectKey));
  if (found.size !== 1) return null;
  return [...found][0];
}

/** A person right after a non-person within three words is the head of that noun phrase. */
function personInSamePhrase(kit: ClaimKit, m: TMention, next: TMention | undefined): next is TMention {
  return kit.typeOfKey(m.entityKey) !== "person" && next !== undefined && kit.typeOfKey(next.entityKey) === "person" && kit.text.slice(m.end, next.start).trim().split(/\s+/).length <= 3;
}

/** The actor of the event a date expression dates: the clause subject before it, else the one after a fronted date. */
export function dateSubject(kit: ClaimKit, pos: number, end: number, s: TSentence): string | null {
  const { text, outside, prevWord } = kit;
  // the earliest non-prepositional mention of the clause holding the date ("X stormed the Y on Friday" → X)
  const pre = text.slice(s.start, pos);
  const cut = Math.max(pre.lastIndexOf(","), pre.lastIndexOf(";"), pre.search(/\b(?:that|who|which|after|before|when|while)\b[^]*$/));
  const clauseStart = s.start + (cut >= 0 ? cut + 1 : 0);
  const inClause = itemsWithin(outside, clauseStart, pos).filter((m) => !PREPOSITIONS.has(prevWord(m.start)) && !SPEECH_VERBS.has(prevWord(m.start)));
  if (inClause.length) {
    const [first, second] = inClause;
    return personInSamePhrase(kit, first, second) ? second.entityKey : first.entityKey;
  }
  const near = kit.subjectNear(pos, s.start, true);
  if (near) return near;
  const after = itemsWithin(outside, end, s.end).filter((m) => !PREPOSITIONS.has(prevWord(m.start)));
  if (after.length) {
    const [m, next] = after;
    const ref = kit.typeOfKey(m.entityKey) === "place" ? possessiveRoleHolder(kit, m, s.end) : null;
    if (ref) return ref;
    // "Ruritanian president X" / "Ruritania's Foreign Minister X": the person in the same noun phrase
    return personInSamePhrase(kit, m, next) ? next.entityKey : m.entityKey;
  }
  return itemsWithin(outside, s.start, s.end)[0]?.entityKey ?? null;
}
