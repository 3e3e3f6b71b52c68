import { ORG_BACKREF_NOUNS, PERSON_BACKREF_NOUNS } from "../../lexicons/roles";
import { PREPOSITIONS, prevWord, typeOf, type QuoteScan } from "./quote-scan";
import { fold, itemsWithin, lowerBound } from "../../text/text-patterns";

const PRONOUNS_PERSON = new Set(["he", "she"]);
/** "the (former) spokesperson", "a ministry": an article, up to three words and the head noun, before any comma. */
const BACKREF_RE = /^(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)\s*$/iu;

/**
 * The last person (or organisation) mentioned before `before`; for an organisation with `noun`, the last one
 * whose name holds that noun ("the ministry" → the last "… Ministry …"), else the last organisation.
 */
export function recentSpeaker(scan: QuoteScan, before: number, kind: "person" | "org", noun?: string): string | null {
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
  if (kind === "org" && noun) return recentSpeaker(scan, before, "org");
  return null;
}

/** Resolve a subject phrase (text between boundaries) to a speaker key. */
export function resolveSubject(scan: QuoteScan, start: number, end: number, cueStart: number): string | null {
  const { text } = scan;
  const inside = itemsWithin(scan.outsideMentions, start, end);
  const seg = text.slice(start, end);
  const lead = seg.replace(/^[\s,]+/, "");
  const firstWord = (lead.match(/^[\p{L}]+/u)?.[0] ?? "").toLowerCase();
  if (PRONOUNS_PERSON.has(firstWord) && !inside.length) return recentSpeaker(scan, cueStart, "person");
  const bref = BACKREF_RE.exec(lead.replace(/\s*,.*$/s, ""));
  if (bref && PERSON_BACKREF_NOUNS.has(bref[2].toLowerCase()) && !inside.some((m) => typeOf(scan, m) === "person")) {
    return recentSpeaker(scan, cueStart, "person");
  }
  if (inside.length) {
    // subject NP = before the first comma (appositive follows)
    const comma = seg.search(/,\s/);
    const npEnd = comma > 0 && !/^[\s,]*$/.test(seg.slice(0, comma)) ? start + comma : end;
    const np = inside.filter((m) => m.end <= npEnd && !PREPOSITIONS.has(prevWord(text, m.start)));
    let pool = np.length ? np : inside.filter((m) => !PREPOSITIONS.has(prevWord(text, m.start)));
    if (!pool.length) pool = inside;
    const person = [...pool].reverse().find((m) => typeOf(scan, m) === "person");
    return (person ?? pool[pool.length - 1]).entityKey;
  }
  if (bref) {
    const noun = bref[2].toLowerCase();
    if (PERSON_BACKREF_NOUNS.has(noun)) return recentSpeaker(scan, cueStart, "person");
    if (ORG_BACKREF_NOUNS.has(noun)) return recentSpeaker(scan, cueStart, "org", noun === "statement" ? undefined : noun);
  }
  // "it" and "they" stay unresolved
  return null;
}
