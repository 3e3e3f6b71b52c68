import type { TSentence } from "@/lib/schemas/pipeline";
import { coordinatedSubject, sentenceMentions, type ClaimKit } from "../claims-kit";
import { SPEECH_VERBS } from "../../../lexicons/roles";

/**
 * "<kind> charges levelled against him", "(still investigating) more allegations against X": an accusation
 * aimed at a person. Group 1: a governing verb of inquiry or prosecution with its adverbs, 2: the accusation
 * noun phrase, 3: a pronoun object.
 */
const ACCUSATION_RE =
  /(?:\b((?:(?:still|also|now|later|formally)\s+)?(?:investigating|investigated|probing|probed|examining|pressing|pressed|filing|filed|bringing|brought|dropping|dropped|facing|faced|faces)\s+))?\b((?:(?:more|new|further|fresh|several|multiple|the|[\p{Ll}-]+)\s+)?(?:charges|allegations|accusations)(?:\s+(?:levelled|leveled|brought|filed|pressed|made))?\s+against)\s+(?:(him|her)\b|(?=[\p{Lu}]))/gu;
/** What every accusation the pattern finds contains: sentences without it skip the pattern. */
const ACCUSATION_HINT = /(?:charges|allegations|accusations)[^]*against/;
const NOT_MODIFIER = /^(?:the|a|an|of|and|or|to|that|which|with|after|having|had|has|have|any|no)$/i;

/** The person an accusation is aimed at: the named person right after "against", or the person a pronoun refers to. */
function target(kit: ClaimKit, s: TSentence, at: number, pronoun: boolean): string | null {
  if (pronoun) {
    // the person named earlier in the sentence, else the last one named before it
    const own = sentenceMentions(kit, s).filter((m) => m.end <= at && kit.typeOfKey(m.entityKey) === "person");
    return own.length ? own[own.length - 1].entityKey : kit.recentPerson(at);
  }
  const m = sentenceMentions(kit, s).find((x) => x.start === at);
  return m && kit.typeOfKey(m.entityKey) === "person" ? m.entityKey : null;
}

export function extractAccusations(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  if (!ACCUSATION_HINT.test(st)) return;
  ACCUSATION_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACCUSATION_RE.exec(st))) {
    let vS = s.start + m.index;
    if (!m[1]) {
      // a first word that is no modifier ("after having charges …") is not part of the phrase
      const first = /^(\S+)\s+/.exec(m[2]);
      if (first && /^(?:charges|allegations|accusations)$/.test(m[2].split(/\s+/)[1] ?? "") && NOT_MODIFIER.test(first[1])) vS += first[0].length;
    }
    if (kit.inQuote(vS)) continue;
    const objStart = s.start + m.index + m[0].length;
    const objAt = m[3] ? objStart - m[3].length : objStart;
    const who = target(kit, s, objAt, Boolean(m[3]));
    if (!who) continue;
    // the value runs through the object: the pronoun, or the person's name
    const named = m[3] ? null : sentenceMentions(kit, s).find((x) => x.start === objAt);
    const vE = named ? named.end : objStart;
    const printed = text.slice(vS, vE);
    const noun = /charges/.test(printed) ? "charged" : "accused";
    const norm = m[1] && /investigat|prob|examin/.test(m[1]) ? "under investigation" : noun;
    kit.add(s, who, "legal_status", vS, vE, norm);
  }
}

/**
 * The subject of a passive coordinated across an interposed reporting clause:
 * "X was “sentenced …,” the statement read, and was “arrested …”" → X.
 */
export function subjectAcrossReport(kit: ClaimKit, pos: number, s: TSentence): string | null {
  const pre = kit.text.slice(s.start, pos);
  const rep = /[,]?[”"]?,?\s+(?:the|a|an|his|her|its|their)\s+[^,;“”"]{1,60}?\s+([a-z]+)\s*,\s+and\s+$/.exec(pre);
  if (!rep || !SPEECH_VERBS.has(rep[1]) && rep[1] !== "read" && rep[1] !== "reads") return null;
  const lead = /^\s*/.exec(pre)![0].length;
  const first = sentenceMentions(kit, s).find((m) => m.start === s.start + lead);
  if (!first || kit.typeOfKey(first.entityKey) !== "person") return null;
  return /^\s+(?:was|is|had\s+been|has\s+been)\b/.test(kit.text.slice(first.end, pos)) ? first.entityKey : null;
}

/** The subject of a legal passive when no adjacent subject is found: a coordinated verb's subject. */
export function legalSubjectFallback(kit: ClaimKit, pos: number, s: TSentence): string | null {
  return coordinatedSubject(kit, pos, s) ?? subjectAcrossReport(kit, pos, s);
}
