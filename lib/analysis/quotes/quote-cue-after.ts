import { SPEECH_VERBS } from "../../lexicons/roles";
import { describedSpeaker } from "./described-speaker";
import type { QuotePair } from "./quote-pairs";
import { afterPreposition, clauseStop, typeOf, WORD, type QuoteScan, type Speaker } from "./quote-scan";
import { resolveSubject } from "./quote-subject";
import { itemsWithin, startingWithin } from "../../text/text-patterns";

/** Words that may stand between "said" and the speaker's name: titles and role nouns in lower case ("said council member"). */
const ROLE_GAP = /^[\s\p{Ll}-]*$/u;

/**
 * The text after the closing mark that may hold its attribution: it must be introduced by a comma or dash
 * (inside or outside the closing mark) and runs up to the next quote mark or sentence end.
 */
function attributionRegion(scan: QuoteScan, p: QuotePair, limit: number): { at: number; region: string } | null {
  const { text } = scan;
  let at = p.close + 1;
  const lead = /^[\s,.;:—–-]*/.exec(text.slice(at, limit))![0];
  const innerEnd = text.slice(Math.max(p.open + 1, p.close - 2), p.close);
  if (!/[,—–]/.test(lead) && !/[,!?]\s*$/.test(innerEnd)) return null;
  if (/[.!?]/.test(lead)) return null;
  at += lead.length;
  const rest = text.slice(at, Math.min(limit, at + 220));
  const stop = clauseStop(rest);
  return { at, region: stop >= 0 ? rest.slice(0, stop) : rest };
}

/**
 * `, according to X`: the first person of the phrase, else its first mention, else the speaker it describes
 * ("according to a company spokesperson"); no one when it names a document ("according to court papers").
 */
function accordingTo(scan: QuoteScan, at: number, region: string, lead: number): Speaker {
  const npS = at + lead;
  const npE = at + region.length;
  const inside = itemsWithin(scan.outsideMentions, npS, npE);
  const person = inside.find((m) => typeOf(scan, m) === "person");
  const pick = person ?? inside[0];
  if (pick) return { key: pick.entityKey, cueStart: at, cueEnd: inside[inside.length - 1].end, verb: "according" };
  const comma = region.indexOf(",", lead);
  const described = describedSpeaker(scan, region.slice(lead, comma >= 0 ? comma : region.length), at);
  return { key: null, ...described, cueStart: at, cueEnd: npE, verb: "according" };
}

/**
 * `," said X`: X is the first name after the verb that only titles and role words precede ("said council member
 * Jane Doe", "said Dr. Jane Doe"), preferring a person; without one, the noun phrase up to the first comma
 * ("said one worker, who …"), or a back-reference.
 */
function saidName(scan: QuoteScan, vS: number, vE: number, regionEnd: number, verb: string): Speaker {
  const { text } = scan;
  const comma = text.slice(vE, regionEnd).search(/[,;:(]/);
  const npE = comma >= 0 ? vE + comma : regionEnd;
  const inside = startingWithin(scan.outsideMentions, vE, npE).filter((m) => !afterPreposition(text, m.start));
  const first = inside[0];
  if (first && ROLE_GAP.test(text.slice(vE, first.start).replace(/\p{Lu}\p{L}*\.?/gu, (w) => w.toLowerCase().replace(".", "")))) {
    const person = inside.find((m) => typeOf(scan, m) === "person");
    const pick = person ?? first;
    return { key: pick.entityKey, cueStart: vS, cueEnd: Math.max(pick.end, vE), verb };
  }
  const described = describedSpeaker(scan, text.slice(vE, npE), vS);
  if (described) return { ...described, cueStart: vS, cueEnd: npE, verb };
  const subject = resolveSubject(scan, vE, npE, vS);
  return { ...subject, cueStart: vS, cueEnd: subject.key || subject.name ? npE : vE, verb };
}

/** Attribution after the closing mark: `," X said`, `," said X`, `, according to X`. */
export function cueAfterQuote(scan: QuoteScan, p: QuotePair, limit: number): Speaker | null {
  const found = attributionRegion(scan, p, limit);
  if (!found) return null;
  const { at, region } = found;
  const acc = /^according to\s+/i.exec(region);
  if (acc) return accordingTo(scan, at, region, acc[0].length);
  WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  let count = 0;
  // the first verb of saying among the first 30 words
  while ((w = WORD.exec(region)) && count < 30) {
    count++;
    const verb = w[0].toLowerCase();
    if (!SPEECH_VERBS.has(verb)) continue;
    const vS = at + w.index;
    const vE = vS + w[0].length;
    if (w.index === 0) return saidName(scan, vS, vE, at + region.length, verb);
    const subject = resolveSubject(scan, at, vS, vS);
    // an unresolved subject that is no pronoun, noun phrase or mention is no attribution
    if (subject.key === null && !subject.name && !/^(?:he|she|they|it|the|a|an)\b/i.test(region.trim()) && !itemsWithin(scan.outsideMentions, at, vS).length) return null;
    return { ...subject, cueStart: at, cueEnd: vE, verb };
  }
  return null;
}
