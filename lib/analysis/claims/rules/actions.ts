import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import { coordinatedSubject, sentenceMentions, type ClaimKit } from "../claims-kit";
import { normalizeValue } from "../claims-normalize";
import { bareActor, coordinatedSubjects } from "./action-subjects";
import { RELATIONSHIP_NOUNS, RELATIONSHIP_VERBS } from "../../../lexicons/predicates";

/**
 * A change to a relationship between parties: a verb form, perhaps in scare quotes, then up to two modifiers and
 * a relationship noun ("broke off diplomatic relations", "is “breaking” trade ties", "resumed peace talks").
 */
const RELATIONSHIP_VERB_FORMS = RELATIONSHIP_VERBS.map(([re]) => re.source.replace(/^\^|\$$/g, "")).join("|");
const RELATIONSHIP_RE = new RegExp(
  `\\b(${RELATIONSHIP_VERB_FORMS})(?:[”"]\\s*|\\s+)(?:(?:all|its|their|the)\\s+)?((?:[\\p{Ll}-]+\\s+){0,2}?)(${[...RELATIONSHIP_NOUNS.keys()].join("|")})\\b`,
  "giu",
);
const RAID_RE = /\b(storm(?:ed|ing|s)?|raid(?:ed|ing|s)?|forc(?:ed|ing|es)\s+(?:their|its|his|her)\s+way\s+into|br(?:oke|eak|eaking)\s+into|invad(?:ed|ing|es)|enter(?:ed|ing|s)?|conduct(?:ed|ing|s)?\s+an?\s+(?:\w+\s+)?raid\s+on)\s+((?:the|a|an)\s+)?([^,.;“”"]{2,80}?)(?=\s+(?:in|on|at|to|after|before|while|and|for|with|by|during|because|as|when)\b|[,.;“”"]|$)/gi;
const COMPLAINT_RE = /\b(lodg(?:e|ed|ing|es)|fil(?:e|ed|ing|es)|bring|brought|tak(?:e|es|ing)|took|submit(?:ted|ting|s)?)\s+(?:a\s+|the\s+)?(complaint|case|lawsuit|suit|appeal|petition)\s+(?:with|to|before|at)\s+(?:the\s+)?/g;
const PNG_RE = /\bdeclar(?:ed|es|ing)\s+(.{1,60}?)\s+persona non grata\b/gi;
/** How far back the left-context patterns look (they are anchored at the verb; never scan the whole sentence). */
const TAIL = 100;
const NOUN_DETERMINERS = new Set("the a an its this that his her their".split(" "));
const ENTERABLE = /\b(?:embassy|consulate|building|house|home|premises|compound|country|territory|office|offices|headquarters|palace|parliament|court|patio|courtyard|yard|grounds|residence|campus|station|stadium|church|mosque|temple|school|hospital|prison|camp|square|plaza|chamber|hall)\b/i;

/**
 * General news verbs of action: "lemma:form form …" (past, present, participle; multiword forms allowed).
 * A form ending in a preposition takes its object after it ("fled to X", "spoke with X").
 */
const VERB_SPEC = `
condemn:condemned,condemns,condemning
denounce:denounced,denounces
criticise:criticised,criticized,criticises,criticizes
reject:rejected,rejects,rejecting
expel:expelled,expels,expelling
recall:recalled,recalling
summon:summoned,summons,summoning
seize:seized,seizes,seizing
occupy:occupied,occupies,occupying
surround:surrounded,surrounds,surrounding
attack:attacked,attacks,attacking
kill:killed,kills,killing
break down:broke down,breaks down,breaking down
break open:broke open,breaking open
seek:sought,seeks,seeking
grant:granted,grants,granting
lay off:laid off,lays off,laying off
shut down:shut down,shuts down,shutting down
close:closed,closes,closing
hire:hired,hires,hiring
dismiss:dismissed,dismisses,dismissing
sack:sacked,sacks,sacking
appoint:appointed,appoints,appointing
sign:signed,signs,signing
approve:approved,approves,approving
veto:vetoed,vetoes,vetoing
ban:banned,bans,banning
block:blocked,blocks,blocking
strike down:struck down,strikes down,striking down
uphold:upheld,upholds,upholding
overturn:overturned,overturns,overturning
acquire:acquired,acquires,acquiring
sue:sued,sues,suing
fine:fined
evacuate:evacuated,evacuates,evacuating
rescue:rescued,rescues,rescuing
remove:removed,removing
withdraw:withdrew,withdraws,withdrawing
flee to:fled to,flees to,fleeing to
flee:fled,flees,fleeing
escape to:escaped to,escapes to,escaping to
speak with:spoke with,speaks with,speaking with,spoke to,speaks to,speaking to
post on:posted on,posts on,posting on,wrote on,writes on
take:took,takes,taking
pay:paid,pays,paying
thank:thanked,thanks,thanking
`;
const LEMMA = new Map<string, string>();
/** Bare forms ("grant", "break down"): only after a decision ("decided to grant", "X's decision to grant"). */
const BASE = new Set<string>();
for (const line of VERB_SPEC.trim().split("\n")) {
  const [lemma, forms] = line.split(":");
  for (const f of forms.split(",")) LEMMA.set(f, lemma);
  if (!LEMMA.has(lemma)) {
    LEMMA.set(lemma, lemma);
    BASE.add(lemma);
  }
}
const FORMS = [...LEMMA.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, "\\s+"));
const OBJ_END = "(?=\\s+(?:in|on|at|to|after|before|while|and|but|for|with|by|during|because|as|when|from|over|that|who|whom|which|since|until|into|amid|following|than|under|near|outside|inside)\\b|[,.](?!\\d)|[;:“”\"()–—]|\\s+[–—]|$)";
const VERB_AT = new RegExp(`(${FORMS.join("|")})\\s+((?:[\\p{L}\\p{M}\\p{N}'’-]+(?:,\\d{3})*\\s+){0,6}?[\\p{L}\\p{M}\\p{N}'’-]+(?:,\\d{3})*)${OBJ_END}`, "iuy");
/** First words of the verb forms: the big alternation is tried only where one of them stands as a whole word (one regex scan). */
const FIRST_WORDS = [...new Set([...LEMMA.keys()].map((f) => f.split(" ")[0]))];
const FIRST_WORD_RE = new RegExp(`\\b(?:${FIRST_WORDS.map((w) => w.replace(/\W/g, "\\$&")).join("|")})\\b`, "gi");
/** "to VERB" is a purpose clause (not an asserted act) unless a decision verb governs it. */
const DECIDED_RE = /\b(?:decided|agreed|voted|opted|chose|moved|went\s+on|began|started)\s+to\s+$/i;
const INFINITIVE_RE = /\bto\s+$/i;
const NEGATED_RE = /\b(?:not|never|n't|no\s+longer|failed\s+to|refused\s+to|declined\s+to)\s+(?:\w+\s+){0,2}$/i;
const PASSIVE_RE = /\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$/i;
const POSSESSIVE_DECISION_RE = /(['’]s?)\s+(?:decision|plan|move|bid|attempt|refusal|offer|threat|order)\s+to\s+$/;
/** Objects that make "take"/"seek"/"grant" a literal act, not an idiom ("took place", "take part"). */
const SEEKABLE = /\b(?:asylum|refuge|protection|shelter|help|support|damages|compensation|extradition|re-?election|office|custody)\b/i;
const OBJ_JUNK = /^(?:place|part|office|power|effect|over|up|out|off|it|them|this|that|what|which|who)\b/i;

function possessiveActor(kit: ClaimKit, pos: number, s: TSentence): string | null {
  const from = Math.max(s.start, pos - TAIL);
  const m = POSSESSIVE_DECISION_RE.exec(kit.text.slice(from, pos));
  if (!m) return null;
  const end = from + m.index;
  const mention = sentenceMentions(kit, s).find((x) => x.end === end && x.start >= s.start);
  return mention ? mention.entityKey : null;
}

export function extractActions(kit: ClaimKit, s: TSentence, sMentions: TMention[]): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  const local = sMentions;
  const subjectOf = (pos: number) =>
    coordinatedSubject(kit, pos, s) ?? kit.subjectNear(pos, s.start, false) ?? possessiveActor(kit, pos, s) ?? bareActor(kit, pos, s);

  RELATIONSHIP_RE.lastIndex = 0;
  let rel: RegExpExecArray | null;
  while ((rel = RELATIONSHIP_RE.exec(st))) {
    const pos = s.start + rel.index;
    const verb = rel[1].toLowerCase().replace(/\s+/g, " ");
    const canon = RELATIONSHIP_VERBS.find(([re]) => re.test(verb))?.[1];
    const noun = RELATIONSHIP_NOUNS.get(rel[3].toLowerCase());
    if (!canon || !noun) continue;
    // "did not end talks" is no act; "was suspended" is passive ("is severing" is not: a participle in -ing)
    const rPre = st.slice(Math.max(0, rel.index - TAIL), rel.index);
    if (NEGATED_RE.test(rPre) || (!/ing$/.test(verb.split(" ")[0]) && PASSIVE_RE.test(rPre))) continue;
    const modifiers = rel[2].trim().toLowerCase();
    // a verb in scare quotes ("is “breaking” relations"): its subject stands before the opening mark
    const at = /[“"]/.test(text[pos - 1] ?? "") ? pos - 1 : pos;
    kit.add(s, kit.subjectNear(at, s.start, false), "action", pos, pos + rel[0].length, `${canon} ${modifiers ? `${modifiers} ` : ""}${noun}`);
  }
  RAID_RE.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = RAID_RE.exec(st))) {
    const pos = s.start + r.index;
    if (kit.inQuote(pos)) continue;
    const verb = r[1].toLowerCase();
    const obj = r[3];
    if (NOUN_DETERMINERS.has(kit.prevWord(pos)) && !/^conduct/.test(verb)) continue;
    if (/^(?:into|to|the|office|service|force)\b/i.test(obj)) continue;
    if (/^enter/.test(verb) && !ENTERABLE.test(obj)) continue;
    const rPre = st.slice(Math.max(0, r.index - TAIL), r.index);
    if (INFINITIVE_RE.test(rPre) || NEGATED_RE.test(rPre) || PASSIVE_RE.test(rPre)) continue;
    const canon = /^enter/.test(verb) ? "enter" : "raid";
    kit.add(s, subjectOf(pos), "action", pos, pos + r[0].length, `${canon} ${normalizeValue(obj)}`);
  }
  COMPLAINT_RE.lastIndex = 0;
  let cp: RegExpExecArray | null;
  while ((cp = COMPLAINT_RE.exec(st))) {
    const pos = s.start + cp.index;
    const after = pos + cp[0].length;
    const org = sMentions.find((m) => m.start === after && kit.typeOfKey(m.entityKey) === "organization");
    if (!org) continue;
    kit.add(s, kit.subjectNear(pos, s.start, false), "action", pos, org.end, `${cp[2].toLowerCase()} with ${normalizeValue(org.text)}`);
  }
  PNG_RE.lastIndex = 0;
  let pg: RegExpExecArray | null;
  while ((pg = PNG_RE.exec(st))) {
    const pos = s.start + pg.index;
    kit.add(s, kit.subjectNear(pos, s.start, false), "action", pos, pos + pg[0].length, `declare ${normalizeValue(pg[1])} persona non grata`);
  }

  // --- general verbs of action with an object ---
  FIRST_WORD_RE.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = FIRST_WORD_RE.exec(st))) {
    VERB_AT.lastIndex = w.index;
    const v = VERB_AT.exec(st);
    if (!v) continue;
    // objects may hold the next verb ("broke down X and entered Y"): the scan goes on word by word
    const pos = s.start + v.index;
    if (kit.inQuote(pos)) continue;
    const form = v[1].toLowerCase().replace(/\s+/g, " ");
    const lemma = LEMMA.get(form)!;
    const preFrom = Math.max(0, v.index - TAIL);
    const pre = st.slice(preFrom, v.index);
    if (NOUN_DETERMINERS.has(kit.prevWord(pos)) || NEGATED_RE.test(pre) || PASSIVE_RE.test(pre)) continue;
    const decided = DECIDED_RE.exec(pre);
    if ((INFINITIVE_RE.test(pre) || BASE.has(form)) && !decided && !POSSESSIVE_DECISION_RE.test(pre)) continue;
    let obj = v[2];
    if (/^(?:him|her|them)\s+/i.test(obj) && lemma === "grant") obj = obj.replace(/^\S+\s+/, "");
    if (OBJ_JUNK.test(obj) || /^(?:the|a|an|his|her|its|their)$/i.test(obj)) continue;
    const objStart = pos + v[0].length - v[2].length;
    if (lemma === "take") {
      // "took X" only with a person as the object ("took the minister" as a named person), never an idiom
      const who = local.find((m) => m.start === objStart && kit.typeOfKey(m.entityKey) === "person");
      if (!who) continue;
      obj = who.text;
    } else if ((lemma === "seek" || lemma === "grant") && !SEEKABLE.test(obj)) continue;
    else if (lemma === "flee" || lemma === "remove" || lemma === "close" || lemma === "block") {
      if (obj.split(/\s+/).length > 5) continue;
    }
    const subj = subjectOf(pos);
    const subjects = subj ? [subj] : coordinatedSubjects(kit, pos, s).map((m) => m.entityKey);
    const vS = decided ? s.start + preFrom + decided.index : pos;
    const vE = lemma === "take" ? objStart + obj.length : objStart + v[2].length;
    for (const key of subjects) kit.add(s, key, "action", vS, vE, `${lemma} ${normalizeValue(obj)}`);
  }
}
