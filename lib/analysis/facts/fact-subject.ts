/**
 * Who or what a fact is about: the named entity the claim kit finds as the clause's subject (active subject,
 * appositive skipped, pronoun, back-reference), else the described noun phrase before the predicate ("the
 * city", "a 9-year-old girl", "the plant") as a normalised phrase. Also the entities that narrow a fact to a
 * place of its own ("treated at <Hospital>", "on loan at <Club>, where he scored").
 */
import { singular } from "@/lib/lexicons/nouns";
import { isNumberWord, parseNumberWords } from "@/lib/lexicons/numbers";
import { PREDICATE_WORDS } from "@/lib/lexicons/predicates";
import type { FactToken } from "./fact-tokens";
import type { FactKit } from "./fact-kit";
import { FUNCTION_WORDS, type SentenceView } from "./sentence-view";

export type FactSubject = { key: string | null; phrase: string | null };

const SKIP_BEFORE_VERB = new Set("is are was were be been being has have had will would could should may might must can also still now then later reportedly already not never n't just only had".split(" "));
const PRONOUNS = new Set(["it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "who", "which", "there"]);
const SCOPE_PREPS = new Set(["at"]);

const isWordTok = (t: FactToken | undefined): t is FactToken => t !== undefined && t.kind === "word";

const JUDGMENT_BEFORE_ING = /^(?:guilty|convicted|accused|charged|suspected|suspicion|acquitted|cleared|innocent|jailed|sentenced|fined|arrested|detained)$/;
const CLAUSE_START = /^(?:that|who|which|whom|because|while|whereas|although|after|before|when|if|and|but)$/;

/**
 * The subject of the predicate at token `at`: the first named entity of its clause that is no object or
 * prepositional phrase ("Rovers have signed Mavrides for a fee": Rovers), the person a judgment names before
 * "guilty of taking" (the one who took), a pronoun's or a back-reference's referent, else the described
 * noun phrase before the predicate.
 */
export function factSubject(view: SentenceView, kit: FactKit, at: number, preferPerson = false): FactSubject {
  const { toks, sentence } = view;
  // "found X guilty of accepting", "convicted of taking": the agent of the -ing verb is the one judged
  if (/ing$/.test(toks[at].lower) && isWordTok(toks[at - 1]) && /^(?:of|with|for)$/.test(toks[at - 1].lower)) {
    for (let j = at - 2; j >= Math.max(0, at - 8); j--) {
      if (!isWordTok(toks[j]) || !JUDGMENT_BEFORE_ING.test(toks[j].lower)) continue;
      const judged = judgedOne(view, kit, j);
      if (judged.key || judged.phrase) return judged;
      break;
    }
  }
  // the clause of the predicate: back to the last clause word or strong punctuation
  let clauseStart = 0;
  for (let j = at - 1; j >= 0; j--) {
    const t = toks[j];
    if ((isWordTok(t) && CLAUSE_START.test(t.lower)) || (t.kind === "punct" && /^[;:—–]$/.test(t.text))) {
      clauseStart = j + 1;
      break;
    }
  }
  const first = firstSubjectMention(view, kit, clauseStart, at);
  if (first) return { key: first, phrase: null };
  let key = kit.claims.subjectNear(toks[at].start, sentence.start, preferPerson);
  // a mention of this clause the checks above turned down (an object, a place used as an adjective) stays down
  if (key && view.mentions.some((m) => m.first >= clauseStart && m.first < at && m.mention.entityKey === key)) key = null;
  const phrase = phraseBefore(view, at);
  if (key && phrase && !kit.claims.typeOfKey(key)) return { key: null, phrase };
  return { key, phrase: key ? phraseBefore(view, at) : phrase };
}

/** The first mention of tokens [from, to) that is no object of a verb and no prepositional phrase. */
function firstSubjectMention(view: SentenceView, kit: FactKit, from: number, to: number): string | null {
  for (const m of view.mentions) {
    if (m.first < from || m.first >= to) continue;
    if (view.inQuote[m.first]) continue;
    const prev = view.toks[m.first - 1];
    const prevWord = prev && prev.kind === "word" ? prev.lower : null;
    // the object of a preposition: "from Spanish side <X>", "at the <X>"
    let blocked = false;
    for (let j = m.first - 1; j >= Math.max(from, m.first - 4); j--) {
      const t = view.toks[j];
      if (t.kind !== "word") break;
      if (SUBJECT_BLOCKERS.has(t.lower)) blocked = true;
      if (blocked || !/^(?:the|a|an|\p{Lu}.*)$/u.test(t.text) && !/^[a-z-]+$/.test(t.lower)) break;
    }
    if (blocked) continue;
    // a name used as an adjective: "the <Country> international", "<City> officials", "<Company> staff"
    const after = view.toks[m.next];
    if (after?.kind === "word" && /^\p{Ll}/u.test(after.text) && !FUNCTION_WORDS.has(after.lower) && !PREDICATE_WORDS.has(after.lower) && !/(?:ed|s|d)$/.test(after.lower) && !VERBS_AFTER_NAME.has(after.lower)) continue;
    // an object right after a verb: "signed Linus Mavrides", "arrested the captain"
    if (prevWord && m.first - 1 > from && /(?:ed|es)$/.test(prevWord) && !/^(?:has|was|is)$/.test(prevWord)) continue;
    if (kit.claims.typeOfKey(m.mention.entityKey) === "place" && view.toks[m.next]?.kind === "word" && /^['’]s$/.test(view.toks[m.next].lower)) continue;
    return m.mention.entityKey;
  }
  return null;
}

/** Verbs that follow a subject's name directly ("X said", "X told", "X will"): the name is no adjective there. */
const VERBS_AFTER_NAME = new Set("said says told tells added wrote will would could can may might must should has have had is was were are won lost took made gave went came ran left kept met sent got".split(" "));
const SUBJECT_BLOCKERS = new Set([...(["in", "on", "at", "of", "from", "by", "with", "to", "over", "under", "into", "about", "against", "for", "during", "through", "via", "between", "among", "told", "said", "says", "according", "including", "like"])]);

/** The one a judgment word names: "found X guilty", "X was convicted", "convicted X". */
function judgedOne(view: SentenceView, kit: FactKit, j: number): FactSubject {
  const { toks } = view;
  // "found <X> guilty": the phrase or mention between the verb and the judgment word
  for (const m of view.mentions) if (m.next <= j && m.next >= j - 1 && m.first >= j - 6) return { key: m.mention.entityKey, phrase: null };
  const np = nounPhraseEndingAt(view, j - 1);
  if (np && j - 1 > 0 && isWordTok(toks[j - 2]) && !/^(?:was|were|is|are|been|be)$/.test(toks[j - 1].lower)) {
    const person = kit.claims.recentPerson(toks[j - 1].start);
    return { key: isBackRef(np) ? person : null, phrase: np };
  }
  // "<X> was convicted of": the subject of the passive
  const key = kit.claims.subjectNear(toks[j].start, view.sentence.start, true);
  return { key, phrase: key ? null : phraseBefore(view, j) };
}

const BACKREF = new Set("mayor minister president captain executive chief director judge prosecutor lawyer official man woman player winger striker defender manager coach chairman chair founder officer spokesman spokeswoman spokesperson suspect defendant".split(" "));
const isBackRef = (phrase: string) => BACKREF.has(phrase.split(" ")[0]);

/** The noun phrase just before a predicate (auxiliaries skipped), as "head" or "age-N head"; null for a pronoun. */
export function phraseBefore(view: SentenceView, at: number): string | null {
  const { toks } = view;
  let k = at - 1;
  while (k >= 0 && isWordTok(toks[k]) && SKIP_BEFORE_VERB.has(toks[k].lower)) k--;
  // a relative clause's subject is the noun before "who"/"which"/"that": "a girl who remains in …"
  if (isWordTok(toks[k]) && /^(?:who|which|that)$/.test(toks[k].lower)) k--;
  return nounPhraseEndingAt(view, k);
}

/** The noun phrase whose last word is token k: its head (singular) and an age printed in it. */
export function nounPhraseEndingAt(view: SentenceView, k: number): string | null {
  const { toks } = view;
  const t = toks[k];
  if (!isWordTok(t) || FUNCTION_WORDS.has(t.lower) || PRONOUNS.has(t.lower) || isNumberWord(t.lower)) return null;
  if (/^\p{Lu}/u.test(t.text) && view.mentions.some((m) => m.first <= k && m.next > k)) return null;
  let age: string | null = null;
  for (let i = k - 1; i >= Math.max(0, k - 5); i--) {
    const w: FactToken = toks[i];
    if (w.kind !== "word" && w.kind !== "num" && w.text !== "-") break;
    if (w.kind === "word" && (w.lower === "the" || w.lower === "a" || w.lower === "an")) break;
    const m = /^([a-z-]+?)-year-old$/.exec(w.lower);
    if (m) age = String(parseNumberWords([m[1]]) ?? m[1]);
    // "9-year-old": digits, a hyphen, "year-old"
    if (w.kind === "num" && toks[i + 1]?.text === "-" && toks[i + 2]?.lower === "year-old") age = w.text;
  }
  const head = singular(t.lower);
  return age ? `${head} aged ${age}` : head;
}

/** Organisations and other entities that narrow the fact: "at <X>", "for <X>", and those of the clause a "where" clause hangs on. */
export function scopeKeys(view: SentenceView, kit: FactKit, from: number, to: number): string[] {
  const keys = new Set<string>();
  const segIdx = view.segmentOf[from];
  const seg = view.segments[segIdx];
  const lead = view.toks[seg.first]?.lower === "," ? view.toks[seg.first + 1]?.lower : view.toks[seg.first]?.lower;
  const ranges: Array<[number, number]> = [[seg.first, Math.max(seg.next, to)]];
  if (lead === "where" && segIdx > 0) ranges.push([view.segments[segIdx - 1].first, view.segments[segIdx - 1].next]);
  if (lead === "," && segIdx > 1 && view.toks[view.segments[segIdx].first + 1]?.lower === "where") ranges.push([view.segments[segIdx - 1].first, view.segments[segIdx - 1].next]);
  for (const [a, b] of ranges) {
    for (const m of view.mentions) {
      if (m.first < a || m.first >= b) continue;
      const type = kit.claims.typeOfKey(m.mention.entityKey);
      if (type === "person" || type === "place") continue;
      const prep = view.toks[m.first - 1];
      const prep2 = view.toks[m.first - 2];
      if ((isWordTok(prep) && SCOPE_PREPS.has(prep.lower)) || (isWordTok(prep2) && SCOPE_PREPS.has(prep2.lower) && isWordTok(prep) && prep.lower === "the") || (lead === "where" && a !== seg.first)) {
        keys.add(m.mention.entityKey);
      }
    }
  }
  return [...keys];
}
