/**
 * A speaker given by a noun phrase instead of a name. A definite phrase refers back ("the judge" → the last
 * person printed as a judge; "the ministry" → the last organisation with "ministry" in its name); when nothing
 * before fits, or the phrase is indefinite ("one worker", "a spokesperson", "prosecutors"), the phrase itself
 * names the speaker, with no entity: a described speaker rather than a guess.
 */
import { ORG_BACKREF_NOUNS, ORG_NOUNS, PERSON_BACKREF_NOUNS, PERSON_NOUNS, ROLE_NOUNS } from "../../lexicons/roles";
import { wordsIn, type QuoteScan } from "./quote-scan";
import { lastPersonWithRole, singular } from "./role-index";
import { recentSpeaker } from "./quote-subject";
import { itemsWithin } from "../../text/text-patterns";

export type Described = { key: string | null; name?: string };

const DEFINITE = new Set("the its his her their this that these those".split(" "));
const INDEFINITE = new Set("a an one another two three four several some many other".split(" "));
/** Person nouns that carry no role: "the woman said" refers back to the last person, whatever her role. */
const PLAIN_PERSON = new Set("man woman person boy girl".split(" "));
/** Organisation nouns any organisation can be referred back by ("the company", "a statement"). */
const GENERIC_ORG = new Set("company firm group business organisation organization".split(" "));
/** Documents that speak for their author ("the statement said", "the memo said"). */
const DOCUMENTS = new Set("statement memo letter note email post filing release".split(" "));
/** Up to four words before the head: modifiers, possibly capitalised ("one Westford supporter", "the sports ministry"). */
const NP_RE = /^(?:([\p{L}]+)\s+)?((?:[\p{L}'’&-]+\s+){0,4}?)([\p{L}-]+)$/u;

/**
 * "“…,” the diplomat added" right after a quote of someone never printed as a diplomat: the person who spoke the
 * last quote, when no other person is named between that quote and this cue.
 */
function previousSpeaker(scan: QuoteScan, cueStart: number): string | null {
  const prev = scan.previous;
  if (!prev || prev.end > cueStart) return null;
  const between = itemsWithin(scan.outsideMentions, prev.end, cueStart);
  return between.every((m) => m.entityKey === prev.key || scan.entByKey.get(m.entityKey)?.type !== "person") ? prev.key : null;
}

const isPersonNoun = (w: string) => PERSON_NOUNS.has(w) || ROLE_NOUNS.has(w) || PERSON_BACKREF_NOUNS.has(w);
const isOrgNoun = (w: string) => ORG_NOUNS.has(w) || ORG_BACKREF_NOUNS.has(w);

/**
 * The speaker a subject noun phrase describes, `np` being its text (trimmed, no comma) and `cueStart` where the
 * attribution begins; null when the phrase is no person or organisation noun phrase.
 */
export function describedSpeaker(scan: QuoteScan, np: string, cueStart: number): Described | null {
  const phrase = np.replace(/^[^\p{L}]+|\s+$/gu, "");
  const m = NP_RE.exec(phrase);
  if (!m) return null;
  // "Acme's chairman": a possessive before the head makes the phrase definite
  const det = /['’]s\s+$/.test(m[2]) && !m[1] ? "its" : m[1]?.toLowerCase() ?? "";
  const hasDet = DEFINITE.has(det) || INDEFINITE.has(det);
  const head = m[3].toLowerCase();
  const one = singular(head);
  const plural = one !== head;
  const person = isPersonNoun(one) || isPersonNoun(head);
  const document = DOCUMENTS.has(one);
  const org = !person && (document || isOrgNoun(head) || isOrgNoun(one));
  // "the coroner said", "a study said": a short determined phrase outside the lexicons still names who speaks,
  // and a definite one is the person printed with that word ("Coroner Jane Doe"), if any
  if (!person && !org) {
    if (!hasDet || wordsIn(phrase).length > 3) return null;
    const key = DEFINITE.has(det) && !plural ? lastPersonWithRole(scan.roles, one, cueStart) : null;
    return key ? { key } : { key: null, name: phrase };
  }
  // a bare noun phrase speaks only as a plural or an institution ("Prosecutors said", "Police said")
  if (!hasDet && !plural && !org) return null;
  if (DEFINITE.has(det)) {
    // "the officials said": several people, never one of those named before
    if (person && plural) return { key: null, name: phrase };
    if (person) {
      if (PLAIN_PERSON.has(one)) return { key: recentSpeaker(scan, cueStart, "person") };
      const key = lastPersonWithRole(scan.roles, one, cueStart) ?? previousSpeaker(scan, cueStart);
      return key ? { key } : { key: null, name: phrase };
    }
    // a document speaks for the one who just spoke through it, else for the last organisation named
    if (document) return { key: previousSpeaker(scan, cueStart) ?? recentSpeaker(scan, cueStart, "org") };
    if (GENERIC_ORG.has(one)) return { key: recentSpeaker(scan, cueStart, "org") };
    const key = recentSpeaker(scan, cueStart, "org", one, true);
    return key ? { key } : { key: null, name: phrase };
  }
  return { key: null, name: phrase };
}
