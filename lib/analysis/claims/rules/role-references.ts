import type { TClaim, TQuote, TSentence } from "@/lib/schemas/pipeline";
import type { ClaimKit } from "../claims-kit";
import { normalizeValue } from "../claims-normalize";
import { isRoleHead } from "./predicate-roles";
import { COUNTRY_FORMS } from "../../../lexicons/countries";
import { lowerBound } from "../../../text/text-patterns";
import { PERSON_BACKREF_NOUNS, ROLE_MODIFIERS, SPEECH_VERBS } from "../../../lexicons/roles";

/** Equivalent names of the same office (general English), folded to one form before roles are compared. */
const OFFICE_SYNONYMS: Array<[RegExp, string]> = [
  [/\b(?:secretary|minister) of foreign (?:affairs|relations)\b|\bforeign (?:secretary|affairs minister)\b/g, "foreign minister"],
  [/\b(?:secretary|minister) of (?:the )?interior\b|\binterior secretary\b/g, "interior minister"],
  [/\b(?:secretary|minister) of defen[cs]e\b|\bdefen[cs]e secretary\b/g, "defense minister"],
  [/\bvp\b/g, "vice president"],
  [/\bex\b/g, "former"],
];
const FILLER = new Set(["of", "and", "for"]);

/** The content words of a role, with office synonyms folded ("Ruritania's Secretary of Foreign Affairs" → ruritania foreign minister). */
export function roleWords(value: string): Set<string> {
  let v = normalizeValue(value);
  for (const [re, to] of OFFICE_SYNONYMS) v = v.replace(re, to);
  return new Set(v.split(" ").filter((w) => w && !FILLER.has(w)));
}

const subsetOf = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));

/** What opens an unnamed role phrase: an article (group 1) or a country possessive (group 2). */
const OPENER_RE = /\b(?:(a|an|the|A|An|The)\s+|([\p{Lu}][\p{L}\p{M}]+(?:\s+[\p{Lu}][\p{L}\p{M}]+)?)['’]s\s+)/gu;
const WORD_RE = /^([\p{L}\p{M}][\p{L}\p{M}-]*)(?=[\s,.;:”"]|$)\s*/u;
const LEGAL_AFTER_RE = /^\s+((?:seeking|granted|denied)\s+(?:(?:political|diplomatic|temporary)\s+)?(?:asylum|bail|parole|a\s+pardon|clemency|refugee\s+status)|awaiting\s+(?:trial|extradition|sentencing)|facing\s+(?:[\p{Ll}-]+\s+)?charges)\b/u;

/**
 * The role phrase at `start`: role modifiers (demonyms included), the singular head, an optional "of …"
 * complement of lower-case words ("secretary of foreign relations"). Its end, or null when the words
 * are not a role phrase or nothing qualifies it (a bare "the president" is too vague to resolve).
 */
function rolePhraseEnd(text: string, start: number, end: number, qualified: boolean): number | null {
  let pos = start;
  for (let i = 0; i < 5; i++) {
    const w = WORD_RE.exec(text.slice(pos, end));
    if (!w) return null;
    const word = w[1];
    const lw = word.toLowerCase();
    if (isRoleHead(word)) {
      if (/s$/.test(lw) && !/ss$/.test(lw)) return null; // plural: a group, not one person
      if (/^ex-/.test(lw)) qualified = true;
      let stop = pos + word.length;
      const of = /^\s+of\s+(?:the\s+)?[\p{Ll}]+(?:\s+[\p{Ll}]+)?(?=[\s,.;:]|$)/u.exec(text.slice(stop, end));
      if (of && !/\s(?:and|or|to|in|on|at|was|is|were|has|had|said)$/.test(of[0])) stop += of[0].length;
      return qualified ? stop : null;
    }
    if (COUNTRY_FORMS.get(word)?.kind === "demonym" || lw === "former" || /^ex-/.test(lw)) qualified = true;
    else if (!ROLE_MODIFIERS.has(lw) || FILLER.has(lw) || lw === "the") return null;
    pos += w[0].length;
  }
  return null;
}

/**
 * Roles printed without the name beside them, attributed through the article's named roles:
 * - a quote's back-referring attribution: "“…,” the Ruritanian diplomat added" → the speaker's role;
 * - an unnamed role phrase ("a former vice president", "Ruritania's foreign minister") whose content words all
 *   belong to the role of exactly one named person of the article (office synonyms folded). A status
 *   participle right after such a phrase ("… awaiting trial") is that person's legal status.
 */
export function extractRoleReferences(kit: ClaimKit, sentences: TSentence[], quotes: TQuote[], skip: (s: TSentence) => boolean): void {
  const { text } = kit;
  const sentenceAt = (pos: number) => {
    const i = lowerBound(sentences, pos + 1) - 1;
    return i >= 0 && pos < sentences[i].end ? sentences[i] : undefined;
  };
  // the roles named persons carry, fixed before this pass adds any
  const named: Array<{ key: string; words: Set<string> }> = kit.claims
    .filter((c: TClaim) => c.attribute === "role" && c.subjectKey !== null && kit.typeOfKey(c.subjectKey) === "person")
    .map((c) => ({ key: c.subjectKey!, words: roleWords(c.value) }));
  // role values by where they start, kept sorted as this pass adds roles: an overlap test is a binary search
  const roleSpans = kit.claims.filter((c) => c.attribute === "role").map((c) => ({ start: c.valueStart, end: c.valueEnd })).sort((a, b) => a.start - b.start);
  let maxLen = roleSpans.reduce((m, r) => Math.max(m, r.end - r.start), 0);
  const hasRoleAt = (start: number, end: number) => {
    for (let i = lowerBound(roleSpans, start - maxLen); i < roleSpans.length && roleSpans[i].start < end; i++) if (roleSpans[i].end > start) return true;
    return false;
  };
  const addRole = (s: TSentence, key: string, vS: number, vE: number) => {
    kit.add(s, key, "role", vS, vE);
    roleSpans.splice(lowerBound(roleSpans, vS), 0, { start: vS, end: vE });
    maxLen = Math.max(maxLen, vE - vS);
  };

  for (const q of quotes) {
    if (q.speakerKey === null || q.cueStart === null || q.cueEnd === null || kit.typeOfKey(q.speakerKey) !== "person") continue;
    const cue = text.slice(q.cueStart, q.cueEnd);
    const m = /^(?:the|The)\s+((?:[\p{L}-]+\s+){0,3}?([\p{L}-]+))\s+([\p{Ll}]+)$/u.exec(cue) ?? /^([\p{Ll}]+)\s+the\s+((?:[\p{L}-]+\s+){0,3}?([\p{L}-]+))$/u.exec(cue);
    if (!m) continue;
    const [np, head, verb] = m[1] && SPEECH_VERBS.has(m[1]) ? [m[2], m[3], m[1]] : [m[1], m[2], m[3]];
    if (!SPEECH_VERBS.has(verb) || !PERSON_BACKREF_NOUNS.has(head.toLowerCase()) || !isRoleHead(head)) continue;
    const vS = q.cueStart + cue.indexOf(np, cue.startsWith(verb) ? verb.length : 0);
    const s = sentenceAt(vS);
    if (s && !skip(s) && !hasRoleAt(vS, vS + np.length)) addRole(s, q.speakerKey, vS, vS + np.length);
  }

  // an unnamed role phrase resolves only through a named role: none, nothing to read
  if (named.length === 0) return;
  for (const s of sentences) {
    if (skip(s)) continue;
    const st = text.slice(s.start, s.end);
    OPENER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OPENER_RE.exec(st))) {
      const country = m[2] && COUNTRY_FORMS.has(m[2]) ? m[2] : null;
      if (m[2] && !country) continue;
      const vS = country ? s.start + m.index : s.start + m.index + m[0].length;
      const pEnd = rolePhraseEnd(text, s.start + m.index + m[0].length, s.end, country !== null);
      if (pEnd === null || kit.inQuote(vS)) continue;
      const p = { end: pEnd };
      // a name right after the phrase makes it a pre-modifier (handled where names are)
      if (/^\s+[\p{Lu}]/u.test(text.slice(p.end, p.end + 3)) || hasRoleAt(vS, p.end)) continue;
      const words = roleWords(text.slice(vS, p.end));
      const keys = new Set(named.filter((n) => subsetOf(words, n.words)).map((n) => n.key));
      if (keys.size !== 1) continue;
      const key = [...keys][0];
      addRole(s, key, vS, p.end);
      const legal = LEGAL_AFTER_RE.exec(text.slice(p.end, s.end));
      if (legal) {
        const lS = p.end + legal[0].length - legal[1].length;
        kit.add(s, key, "legal_status", lS, lS + legal[1].length);
      }
    }
  }
}
