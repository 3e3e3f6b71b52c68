/**
 * Rule "fact.state": a state or outcome from the news lexicon (lib/lexicons/states.ts) of the one it is
 * about, with polarity: "was questioned and released without charge" (free), "he remains in custody" (held),
 * "has been discharged" (out of hospital), "acquitted him of money laundering" (acquitted, per charge),
 * "has not closed" (open), "rejected reports that the plant had been shut down" (not closed).
 * Who is in the state: the object of an active verb ("police arrested X"), else the clause's subject (a
 * relative clause's noun, a pronoun's referent, a described noun phrase such as "a 9-year-old girl").
 */
import { NEGATING_SPEECH } from "@/lib/lexicons/predicates";
import { NEGATION_RE, OPERATED_THINGS, STATE_ENTRIES } from "@/lib/lexicons/states";
import { PERSON_NOUNS, singular } from "@/lib/lexicons/nouns";
import type { TFactFrame } from "@/lib/schemas/pipeline";
import type { FactDraft, FactKit, FactRule } from "../fact-kit";
import type { FactToken } from "../fact-tokens";
import { nounPhraseEndingAt } from "../fact-subject";
import { FUNCTION_WORDS, type SentenceView } from "../sentence-view";
import { lowerBound } from "../../../text/text-patterns";

const STATE_RE = new RegExp(`\\b(?:${STATE_ENTRIES.map((e) => `(${e.re})`).join("|")})\\b`, "g");
/** Words before a state that make it said of the subject (passive, copula, relative clause); "has/had" alone is an active perfect. */
const BE = /^(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|who|that|which)$/;
/** Words that end the clause a subject is looked for in: "Police said [the captain … was questioned]". */
const CLAUSE_WORDS = /^(?:said|says|told|tells|that|who|which|when|after|before|because|while|as|if|although)$/;
const PRONOUN_OBJ = /^(?:him|her|them)$/;
const PRONOUN_SUBJ = /^(?:he|she|they)$/;
const DETERMINERS = /^(?:the|a|an|its|their|his|her|all|every|some)$/;
/** A clause that is reported as denied: "denied that", "rejected reports that", "dismissed suggestions that". */
const DENIAL_RE = new RegExp(`\\b(?:${[...NEGATING_SPEECH].join("|")})\\b(?:\\s+(?:the\\s+)?(?:reports?|claims?|suggestions?|allegations?|rumou?rs?))?\\s+(?:that\\s+)?`, "g");

const isWord = (t: FactToken | undefined): t is FactToken => t !== undefined && t.kind === "word";

/** Index of the first token starting at or after `pos`. */
const tokenIndex = (toks: FactToken[], pos: number): number => lowerBound(toks, pos);

type Holder = { key: string | null; phrase: string | null; thing: string | null };

/** The one in the state when the state is a verb's object: a name, a pronoun, or a noun phrase (and "X at the plant"). */
function objectAfter(view: SentenceView, kit: FactKit, next: number): Holder | null {
  const { toks } = view;
  let k = next;
  if (isWord(toks[k]) && PRONOUN_OBJ.test(toks[k].lower)) return { key: kit.claims.recentPerson(toks[k].start), phrase: null, thing: null };
  while (isWord(toks[k]) && DETERMINERS.test(toks[k].lower)) k++;
  const m = view.mentions.find((x) => x.first >= next && x.first <= k + 1);
  if (m) return { key: m.mention.entityKey, phrase: null, thing: null };
  // a noun phrase: "all production at the Sallowmere plant", "the captain, Jonas …", "a 31-year-old man"
  let end = k;
  while (end < toks.length && end - k < 6 && ((isWord(toks[end]) && !FUNCTION_WORDS.has(toks[end].lower)) || toks[end].kind === "num" || (toks[end].text === "-" && end > k))) end++;
  while (end > k && !isWord(toks[end - 1])) end--;
  if (end === k) return null;
  const described = nounPhraseEndingAt(view, end - 1);
  if (described && PERSON_NOUNS.has(described.split(" ")[0])) return { key: null, phrase: described, thing: null };
  let head = singular(toks[end - 1].lower);
  // "X at/of/in the <thing>": production at the plant is the plant's
  if (isWord(toks[end]) && /^(?:at|of|in)$/.test(toks[end].lower)) {
    let j = end + 1;
    while (isWord(toks[j]) && (DETERMINERS.test(toks[j].lower) || /^\p{Lu}/u.test(toks[j].text))) j++;
    if (isWord(toks[j]) && OPERATED_THINGS.has(singular(toks[j].lower))) head = singular(toks[j].lower);
  }
  // an appositive name after the noun: "the captain, Jonas Åkerlund,"
  if (toks[end]?.text === ",") {
    const ap = view.mentions.find((x) => x.first === end + 1);
    if (ap) return { key: ap.mention.entityKey, phrase: null, thing: null };
  }
  return { key: null, phrase: head, thing: OPERATED_THINGS.has(head) ? head : null };
}

/** The one in the state when the state is said of the clause's subject: "X was released", "a girl who remains …". */
function subjectBefore(view: SentenceView, kit: FactKit, first: number): Holder | null {
  const { toks } = view;
  let k = first - 1;
  while (k >= 0 && isWord(toks[k]) && (BE.test(toks[k].lower) || /^(?:has|have|had|also|still|now|then|later|not|never|n't|since|already|reportedly)$/.test(toks[k].lower))) {
    if (/^(?:who|that|which)$/.test(toks[k].lower) && !isComplementizer(toks, k)) {
      // a relative clause: the noun it hangs on (a comma may stand between them)
      const before = toks[k - 1]?.text === "," ? k - 2 : k - 1;
      const np = nounPhraseEndingAt(view, before);
      const m = view.mentions.find((x) => x.next === before + 1 || x.next === k || x.next === k - 1);
      if (m) return { key: m.mention.entityKey, phrase: null, thing: null };
      return np ? { key: null, phrase: np, thing: OPERATED_THINGS.has(np.split(" ")[0]) ? np.split(" ")[0] : null } : null;
    }
    k--;
  }
  if (isWord(toks[k]) && PRONOUN_SUBJ.test(toks[k].lower)) return { key: kit.claims.recentPerson(toks[k].start), phrase: null, thing: null };
  // coordination: "was questioned on Tuesday and released" shares the first verb's subject
  const andAt = isWord(toks[first - 1]) && toks[first - 1].lower === "and" ? first - 1 : -1;
  const from = andAt >= 0 ? findAux(toks, andAt) : k + 1;
  const end = from > 0 ? from : k + 1;
  // a relative clause between the subject and its verb is skipped ("a girl who was rescued … has been discharged")
  let rel = -1;
  for (let j = end - 1; j >= 0; j--) {
    if (!isWord(toks[j])) continue;
    if (/^(?:who|that|which)$/.test(toks[j].lower) && !isComplementizer(toks, j)) {
      rel = j;
      break;
    }
    if (CLAUSE_WORDS.test(toks[j].lower)) break;
  }
  const stop = rel >= 0 ? rel : end;
  // the clause's start: after the last reporting or clause word ("Police said [the captain, X, 54, was …]")
  let clause = 0;
  for (let j = stop - 1; j >= 0; j--) {
    if (isWord(toks[j]) && CLAUSE_WORDS.test(toks[j].lower) && (!/^(?:who|that|which)$/.test(toks[j].lower) || isComplementizer(toks, j))) {
      clause = j + 1;
      break;
    }
  }
  let np = nounPhraseEndingAt(view, stop - 1);
  // a participle phrase between the subject and its verb: "a girl pulled from the river has been …"
  if (rel < 0 && np && !PERSON_NOUNS.has(np.split(" ")[0]) && !thingOf(np)) {
    for (let j = stop - 2; j > clause && j >= stop - 9; j--) {
      if (!isWord(toks[j]) || !/(?:ed|en)$|^(?:taken|held|found|caught|hit|left|seen|brought|told|shot)$/.test(toks[j].lower)) continue;
      const before = nounPhraseEndingAt(view, j - 1);
      if (before && PERSON_NOUNS.has(before.split(" ")[0])) {
        np = before;
        break;
      }
    }
  }
  // the word right before the verb is the subject's head: a name's last word, or a common noun
  const adjacent = view.mentions.find((m) => m.first < stop && m.next >= stop);
  if (adjacent && rel < 0) return { key: adjacent.mention.entityKey, phrase: null, thing: null };
  if (np && rel < 0) return { key: null, phrase: np, thing: thingOf(np) };
  if (rel >= 0 && !np) return null;
  if (np && rel >= 0) return { key: view.mentions.find((m) => m.next === stop)?.mention.entityKey ?? null, phrase: np, thing: thingOf(np) };
  // the first name of the clause that no preposition governs: the subject, before any appositive
  const name = view.mentions.find((m) => m.first >= clause && m.next <= stop && !(isWord(toks[m.first - 1]) && /^(?:in|on|at|of|from|by|to|with|for|told|said|northern|southern|eastern|western)$/.test(toks[m.first - 1].lower)));
  if (name) return { key: name.mention.entityKey, phrase: null, thing: null };
  if (np) return { key: null, phrase: np, thing: thingOf(np) };
  return null;
}

/** "said that …", "reports that …": a "that" opening what is said, not a relative clause. */
const SAYING_BEFORE_THAT = /^(?:said|says|say|told|tells|reported|reports|confirmed|confirms|denied|denies|believe|believes|believed|claims?|claimed|suggestions?|allegations?|fears?|news|word|statement|announced|insisted|added|warned|stated|showed|shows|found|concluded|ruled)$/;
function isComplementizer(toks: FactToken[], j: number): boolean {
  return toks[j].lower === "that" && isWord(toks[j - 1]) && SAYING_BEFORE_THAT.test(toks[j - 1].lower);
}

function thingOf(np: string): string | null {
  const head = np.split(" ")[0];
  return OPERATED_THINGS.has(head) ? head : null;
}

/** The one a verdict names inside its words: "found him guilty", "acquitted the former mayor of", "found X guilty". */
function judged(view: SentenceView, kit: FactKit, first: number, next: number): Holder | null {
  const { toks } = view;
  const inside = view.mentions.find((m) => m.first > first && m.next < next);
  if (inside) return { key: inside.mention.entityKey, phrase: null, thing: null };
  for (let j = first + 1; j < next; j++) {
    // "him", "the former mayor": the person the article last named other than the one judging
    if (isWord(toks[j]) && (PRONOUN_OBJ.test(toks[j].lower) || /^(?:the|a)$/.test(toks[j].lower))) return { key: otherPerson(view, kit, first), phrase: null, thing: null };
  }
  return null;
}

/** The last person named before token `first`, skipping the one right before it (the verb's own subject). */
function otherPerson(view: SentenceView, kit: FactKit, first: number): string | null {
  const before = view.mentions.filter((m) => m.next <= first && kit.claims.typeOfKey(m.mention.entityKey) === "person");
  const judge = before.length && first - before[before.length - 1].next <= 1 ? before[before.length - 1].mention.entityKey : null;
  for (let i = before.length - 1; i >= 0; i--) if (before[i].mention.entityKey !== judge) return before[i].mention.entityKey;
  // the last person of the article before this sentence, still not the judge: a bounded walk back
  const { outside } = kit.claims;
  for (let i = lowerBound(outside, view.sentence.start) - 1, seen = 0; i >= 0 && seen < 50; i--, seen++) {
    const m = outside[i];
    if (m.entityKey !== judge && kit.claims.typeOfKey(m.entityKey) === "person") return m.entityKey;
  }
  return null;
}

/** The auxiliary that opens the first verb of a coordination: "was" of "was questioned … and released". */
function findAux(toks: FactToken[], before: number): number {
  for (let j = before - 1; j >= Math.max(0, before - 10); j--) if (isWord(toks[j]) && /^(?:was|were|is|are|has|have|had)$/.test(toks[j].lower)) return j;
  return -1;
}

/** Charges after "convicted of", "acquitted him of": the head of each conjunct ("bribery and money laundering"). */
function charges(toks: FactToken[], from: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  // "two counts of", "charges of": what is counted is the charge
  let start = from;
  const m = /^(?:(?:\w+\s+)?(?:counts?|charges?)\s+of\s+)/.exec(toks.slice(from, from + 4).map((t) => t.lower).join(" ") + " ");
  if (m) start = from + m[0].trim().split(/\s+/).length;
  for (let k = start; k < toks.length && k < start + 12; k++) {
    const t = toks[k];
    if (isWord(t) && /^(?:and|or)$/.test(t.lower)) {
      if (current.length) out.push(current[current.length - 1]);
      current = [];
      continue;
    }
    if (!isWord(t) || (FUNCTION_WORDS.has(t.lower) && !/^(?:two|three|counts?)$/.test(t.lower))) break;
    if (!/^(?:counts?|charges?|aggravated|first-degree|second-degree)$/.test(t.lower)) current.push(singular(t.lower));
  }
  if (current.length) out.push(current[current.length - 1]);
  return out;
}

/** Whether the described holder was printed in the plural ("two patients", "people"). */
function isPlural(toks: FactToken[], before: number, phrase: string): boolean {
  const head = phrase.split(" ")[0];
  for (let j = before - 1; j >= Math.max(0, before - 14); j--) {
    const t = toks[j];
    if (!isWord(t)) continue;
    if (singular(t.lower) === head) return t.lower !== head || /^(?:people|staff|crew|police)$/.test(t.lower);
  }
  return false;
}

function states(view: SentenceView, kit: FactKit): FactDraft[] {
  const { lower, sentence } = view;
  const out: FactDraft[] = [];
  const denials: number[] = [];
  DENIAL_RE.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DENIAL_RE.exec(lower))) denials.push(d.index + d[0].length);
  STATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STATE_RE.exec(lower))) {
    const gi = m.slice(1).findIndex((x) => x !== undefined);
    const entry = STATE_ENTRIES[gi];
    const toks = view.toks;
    const first = tokenIndex(toks, sentence.start + m.index);
    const next = tokenIndex(toks, sentence.start + m.index + m[0].length);
    if (first >= toks.length || next <= first) continue;
    // quoted speech counts for what places are doing ("The plant has not closed"), not for people's fate
    if (view.inQuote[first] && entry.group !== "operation") continue;
    const prev = toks[first - 1];
    // "a statement released by the government": a participle before "by" is passive
    const passiveBy = isWord(toks[next]) && toks[next].lower === "by";
    const active = entry.transitive && !passiveBy && !(isWord(prev) && BE.test(prev.lower)) && !(isWord(prev) && prev.lower === "and" && findAux(toks, first - 1) >= 0);
    const holder = entry.charge
      ? judged(view, kit, first, next) ?? subjectBefore(view, kit, first)
      : active
        ? objectAfter(view, kit, next) ?? subjectBefore(view, kit, first)
        : subjectBefore(view, kit, first);
    if (!holder || (!holder.key && !holder.phrase)) continue;
    // a state of many ("people", "workers") is a count's business, not one holder's
    if (!holder.key && holder.phrase && !holder.thing && isPlural(toks, first, holder.phrase)) continue;
    if (entry.group === "operation" && !holder.thing) continue;
    // only people are held, freed, treated or discharged
    if ((entry.group === "custody" || entry.group === "care") && !(holder.key ? kit.claims.typeOfKey(holder.key) === "person" : PERSON_NOUNS.has((holder.phrase ?? "").split(" ")[0]))) continue;
    if (entry.group !== "operation" && holder.thing) continue;
    // negation right before the state, or a denial governing its clause
    const window = lower.slice(Math.max(0, toks[Math.max(0, first - 4)].start - sentence.start), m.index);
    let negative = NEGATION_RE.test(window);
    if (denials.some((at) => at <= m!.index && m!.index - at < 120)) negative = !negative;
    // "No X were arrested": a denied existence
    if (/\bno\s+(?:\w+\s+){0,3}$/.test(lower.slice(Math.max(0, m.index - 40), m.index)) && !active) negative = true;
    const owners = entry.charge ? charges(toks, next) : [holder.thing];
    for (const owner of owners.length ? owners : [null]) {
      const frame: TFactFrame = {
        predicates: [], head: null, modifiers: [], owner: owner ?? null, subjectPhrase: holder.key ? null : holder.phrase, scopeKeys: [],
        era: view.segments[view.segmentOf[first]].era, qualifiers: view.inQuote[first] ? ["in-quote"] : [],
      };
      out.push({
        attribute: "state",
        subjectKey: holder.key,
        valueStart: toks[first].start,
        valueEnd: toks[next - 1].end,
        normalizedValue: `${negative ? "not " : ""}${entry.state}${owner && entry.charge ? ` of ${owner}` : ""}`,
        fact: { frame, polarity: negative ? "negative" : "positive", group: entry.group, state: entry.state },
      });
    }
  }
  return out;
}

export const STATE_RULE: FactRule = {
  id: "fact.state",
  hint: /arrest|detain|custody|behind bars|releas|freed|walked free|set free|bail|let go|apprehend|jail|impris|locked up|condition|critical|intensive care|life support|hospital|discharg|sent home|allowed home|died|killed|dead|surviv|succumb|guilty|acquit|cleared|convict|closed|shut|out of service|out of action|suspend|halt|stopped|cancel|idled|reopen|resum|remains? open|(?:is|are|was|were|still) open|running|operating|in operation/i,
  run: states,
};
