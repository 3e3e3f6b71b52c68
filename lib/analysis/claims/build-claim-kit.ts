import type { TClaim, TClaimAttribute, TLocalEntity, TMention, TQuote, TSentence } from "@/lib/schemas/pipeline";
import { PREPOSITIONS, roleWordKey, type ClaimKit } from "./claims-kit";
import { pushTo } from "../../text/multimap";
import { normalizeValue } from "./claims-normalize";
import { ORG_BACKREF_NOUNS, PERSON_BACKREF_NOUNS, SPEECH_VERBS } from "../../lexicons/roles";
import { insideSpans, itemsWithin, lowerBound, tailStart, wordBefore } from "../../text/text-patterns";

/** Words and marks that end a subject's clause before the verb: the mention before them is not its subject. */
const BLOCKERS = /\b(?:that|who|which|whom|after|before|when|because|while|where|although|if)\b|[,;:()]/i;

/** The last mention (outside quotations) ending before `before` that `pred` accepts: a binary search, then a walk back. */
function recentOf(kit: ClaimKit, before: number, pred: (m: TMention) => boolean): string | null {
  const { outside } = kit;
  for (let i = lowerBound(outside, before) - 1; i >= 0; i--) if (outside[i].end <= before && pred(outside[i])) return outside[i].entityKey;
  return null;
}

/** The subject of a verb at `pos`: an adjacent mention, pronoun or back-reference in the same clause. */
function subjectNear(kit: ClaimKit, pos: number, sStart: number, preferPerson: boolean): string | null {
  const { text, outside } = kit;
  const typeOf = (m: TMention) => kit.typeOfKey(m.entityKey);
  const cands = itemsWithin(outside, sStart, pos).filter((m) => !PREPOSITIONS.has(kit.prevWord(m.start)) && !SPEECH_VERBS.has(kit.prevWord(m.start)));
  // a pronoun or back-reference and up to four modifiers before the verb: the last 200 characters hold them
  const preStart = tailStart(text, sStart, pos, 200);
  const pre = text.slice(preStart, pos);
  const pron = /\b(he|she|He|She)\s+(?:(?:also|then|later|had|has|have|was|is|been|would|will|could|plans?\s+to|decided\s+to|\w+ly)\s+){0,4}$/.exec(pre);
  const back = /\b(?:the|The)\s+(?:former\s+|ex-)?([\p{L}-]+)(?:['’]s)?\s+(?:(?:also|then|later|had|has|have|was|is|been|would|will|could|\w+ly)\s+){0,4}$/u.exec(pre);
  for (let i = cands.length - 1; i >= 0; i--) {
    const m = cands[i];
    // an appositive between subject and verb is skipped: "X, a spokesperson for Y, said"
    const gap = text.slice(m.end, pos).replace(/^,[^,;“”"]{2,150},\s*$/, " ");
    if (BLOCKERS.test(gap.replace(/^['’]s?/, ""))) continue;
    if (gap.trim().split(/\s+/).filter(Boolean).length > 5) continue;
    if (preferPerson && typeOf(m) !== "person") {
      // a person in the same noun phrase ("France President X") wins
      const p = cands.slice(i + 1).find((x) => typeOf(x) === "person");
      if (p) return p.entityKey;
    }
    if (pron && preStart + pron.index > m.end) break;
    return m.entityKey;
  }
  if (pron) return kit.recentPerson(preStart + pron.index);
  if (!back) return null;
  const noun = back[1].toLowerCase();
  if (PERSON_BACKREF_NOUNS.has(noun)) return kit.recentPerson(preStart + back.index);
  if (noun === "country") return recentOf(kit, preStart + back.index, (m) => typeOf(m) === "place");
  if (ORG_BACKREF_NOUNS.has(noun)) return recentOf(kit, preStart + back.index, (m) => typeOf(m) === "organization");
  return null;
}

/** A claim adder over one article: trims the value span and keeps only the first claim of each subject, attribute, value and sentence. */
function claimAdder(text: string, claims: TClaim[], rolesByWords: ClaimKit["rolesByWords"]): ClaimKit["add"] {
  const seen = new Set<string>();
  return (s: TSentence, subjectKey: string | null, attribute: TClaimAttribute, vS: number, vE: number, normalized?: string): TClaim | null => {
    if (!subjectKey) return null;
    while (vE > vS && /[\s,.;:]/.test(text[vE - 1])) vE--;
    while (vS < vE && /\s/.test(text[vS])) vS++;
    if (vE <= vS) return null;
    const value = text.slice(vS, vE);
    const normalizedValue = normalized ?? normalizeValue(value);
    const id = `${subjectKey}|${attribute}|${normalizedValue}|${s.start}`;
    if (seen.has(id)) return null;
    seen.add(id);
    const claim: TClaim = {
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      subjectKey,
      attribute,
      value,
      normalizedValue,
      valueStart: vS,
      valueEnd: vE,
      isCaption: s.isCaption,
    };
    claims.push(claim);
    if (attribute === "role") pushTo(rolesByWords, roleWordKey(normalizedValue), claim);
    return claim;
  };
}

/** The kit every claim rule of one article shares: one claim list and one dedup set, so the first rule to find a claim keeps it. */
export function buildClaimKit(text: string, entities: TLocalEntity[], mentions: TMention[], quotes: TQuote[]): ClaimKit {
  const entByKey = new Map(entities.map((e) => [e.key, e]));
  const quoteSpans = quotes.map((q) => ({ start: q.start, end: q.end })).sort((a, b) => a.start - b.start);
  const inQuote = (pos: number) => insideSpans(quoteSpans, pos);
  const claims: TClaim[] = [];
  const rolesByWords: ClaimKit["rolesByWords"] = new Map();
  const kit: ClaimKit = {
    text,
    claims,
    outside: mentions.filter((m) => !inQuote(m.start)),
    mentions,
    inQuote,
    typeOfKey: (key) => (key === null ? undefined : entByKey.get(key)?.type),
    prevWord: (pos) => wordBefore(text, pos),
    subjectNear: (pos, sStart, preferPerson) => subjectNear(kit, pos, sStart, preferPerson),
    recentPerson: (before) => recentOf(kit, before, (m) => kit.typeOfKey(m.entityKey) === "person"),
    add: claimAdder(text, claims, rolesByWords),
    rolesByWords,
  };
  return kit;
}
