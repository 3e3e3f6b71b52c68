import { JUDGMENT_VERBS, ORG_BACKREF_NOUNS, PERSON_BACKREF_NOUNS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from "../../lexicons/roles";
import type { QuotePair } from "./quote-pairs";
import { PREPOSITIONS, prevWord, typeOf, WORD, wordsIn, type QuoteScan, type Speaker } from "./quote-scan";
import { recentSpeaker } from "./quote-subject";
import { itemsWithin } from "../../text/text-patterns";

/** A determiner before a word ending in "s": the word is a plural noun. */
const NOUN_LEAD = /\b(?:the|a|an|that|these|those|many|some|all|of|its|their|his|her|our|whose|several|other|such|new)\s+$/i;

/** The cue verb: the last verb of saying or judgment (or "according") before the quote, outside earlier quotes. */
function lastCueVerb(text: string, sStart: number, open: number): RegExpExecArray | null {
  const region = text.slice(sStart, open);
  // ignore text inside earlier quotes of the sentence
  const masked = region.replace(/[“"][^”"]*[”"]/g, (m) => " ".repeat(m.length));
  let best: RegExpExecArray | null = null;
  WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(masked))) {
    const lw = w[0].toLowerCase();
    if (!(SPEECH_VERBS.has(lw) || lw === "according" || JUDGMENT_VERBS.has(lw))) continue;
    // "that states retain", "the claims", "its reports": a plural noun, not a verb of saying
    if (/s$/.test(lw) && NOUN_LEAD.test(masked.slice(Math.max(0, w.index - 12), w.index))) continue;
    best = w;
  }
  return best;
}

/**
 * Whether the text between the cue verb and the quote allows the cue: null when not, else whether it is a
 * far cue (a short quote inside reported speech).
 */
function cueReach(text: string, sStart: number, vS: number, gap: string, verb: string, judgment: boolean, short: boolean): boolean | null {
  if (judgment) {
    // "X considered “…”" in the active voice; "are considered “inviolable”" is a quoted term, not speech
    if (/\b(?:is|are|was|were|be|been|being|widely|generally|commonly)\s+$/i.test(text.slice(sStart, vS))) return null;
    if (wordsIn(gap).length > 3 || /[,;:.!?]/.test(gap)) return null;
    return false;
  }
  if (!short) return false;
  if (WEAK_SPEECH_VERBS.has(verb)) return null;
  const tight = gap.length <= 40 && wordsIn(gap).length <= 5 && !/\b(?:that|is|are|was|were|be|been)\b/.test(gap);
  if (tight) return false;
  // a partial quote inside reported speech: "told the paper that the country is “breaking” ties"
  if (verb === "according" || gap.length > 120 || wordsIn(gap).length > 16 || /[.;:!?()]/.test(gap)) return null;
  return true;
}

/** Participle cue ("…, saying “…”"): the clause subject is the sentence's first non-prepositional mention. */
function participleSpeaker(scan: QuoteScan, sStart: number, vS: number, vE: number, far: boolean): Speaker {
  const cands = itemsWithin(scan.outsideMentions, sStart, vS).filter((m) => !PREPOSITIONS.has(prevWord(scan.text, m.start)));
  const person = cands.find((m) => typeOf(scan, m) === "person");
  const pick = cands[0] && typeOf(scan, cands[0]) !== "place" ? cands[0] : person ?? cands[0];
  return { key: pick?.entityKey ?? null, cueStart: pick ? pick.start : vS, cueEnd: vE, far };
}

/** Finite verb cue: subject is the last non-prepositional mention (or pronoun, or back-reference) before it in the clause. */
function finiteSpeaker(scan: QuoteScan, sStart: number, vS: number, vE: number, far: boolean, judgment: boolean, sentSp: Speaker | undefined): Speaker | null {
  const { text } = scan;
  const clauseStart = Math.max(sStart, lastIndexOfAny(text, [". ", "; "], sStart, vS));
  const pre = text.slice(clauseStart, vS);
  const pron = /\b(he|she)\s+(?:also\s+|then\s+|later\s+)?$/i.exec(pre);
  if (pron) {
    const own = sentSp?.key && scan.entByKey.get(sentSp.key)?.type === "person" ? sentSp.key : null;
    return { key: own ?? recentSpeaker(scan, clauseStart + pron.index, "person"), cueStart: clauseStart + pron.index, cueEnd: vE, far };
  }
  const cands = itemsWithin(scan.outsideMentions, clauseStart, vS).filter((m) => !PREPOSITIONS.has(prevWord(text, m.start)));
  if (cands.length) {
    const last = cands[cands.length - 1];
    // a verb of judgment needs its subject right before it ("that Ruritania considered “…”")
    if (judgment && wordsIn(text.slice(last.end, vS)).length > 2) return null;
    return { key: last.entityKey, cueStart: last.start, cueEnd: vE, far };
  }
  if (judgment) return null;
  const np = /\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:also\s+)?$/iu.exec(pre);
  if (np) {
    const noun = np[1].toLowerCase();
    const cs = clauseStart + np.index;
    if (PERSON_BACKREF_NOUNS.has(noun)) return { key: recentSpeaker(scan, cs, "person"), cueStart: cs, cueEnd: vE, far };
    if (ORG_BACKREF_NOUNS.has(noun)) return { key: recentSpeaker(scan, cs, "org", noun), cueStart: cs, cueEnd: vE, far };
  }
  return { key: null, cueStart: vS, cueEnd: vE, far };
}

/** Attribution before the opening mark within the sentence: `X said (that) “…`, `X called it “…”`. */
export function cueBeforeQuote(scan: QuoteScan, p: QuotePair, sStart: number, short: boolean, sentSp: Speaker | undefined): Speaker | null {
  const { text } = scan;
  const best = lastCueVerb(text, sStart, p.open);
  if (!best) return null;
  const verb = best[0].toLowerCase();
  const vS = sStart + best.index;
  const vE = vS + best[0].length;
  const judgment = JUDGMENT_VERBS.has(verb) && !SPEECH_VERBS.has(verb);
  const far = cueReach(text, sStart, vS, text.slice(vE, p.open), verb, judgment, short);
  if (far === null) return null;
  if (verb === "according") {
    const inside = itemsWithin(scan.outsideMentions, vE, p.open);
    return { key: inside[0]?.entityKey ?? null, cueStart: vS, cueEnd: inside[0]?.end ?? vE };
  }
  if (/ing$/.test(verb)) return participleSpeaker(scan, sStart, vS, vE, far);
  return finiteSpeaker(scan, sStart, vS, vE, far, judgment, sentSp);
}

function lastIndexOfAny(text: string, needles: string[], from: number, to: number): number {
  let best = -1;
  for (const n of needles) {
    const i = text.lastIndexOf(n, to - 1);
    if (i >= from && i + n.length > best) best = i + n.length;
  }
  return best;
}
