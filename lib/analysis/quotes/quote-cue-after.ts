import { SPEECH_VERBS } from "../../lexicons/roles";
import type { QuotePair } from "./quote-pairs";
import { typeOf, WORD, type QuoteScan, type Speaker } from "./quote-scan";
import { resolveSubject } from "./quote-subject";
import { itemsWithin, startingWithin } from "../../text/text-patterns";

/** "said X …": the name after the verb, of capitalised words, connectives and role nouns. */
const NAME_AFTER_VERB_RE = /^\s+((?:(?:[\p{Lu}][\p{L}\p{M}'’.-]*|of|the|and|for|de|del|la|[\p{Ll}]+person|spokes\w+|minister|secretary|official|head|chief|director)\s*)+)/u;

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
  const stop = rest.search(/[“”"]|[.!?;](?:\s|$)/);
  return { at, region: stop >= 0 ? rest.slice(0, stop) : rest };
}

/** `, according to X`: the first person of the phrase, else its first mention. */
function accordingTo(scan: QuoteScan, at: number, region: string, lead: number): Speaker {
  const npS = at + lead;
  const npE = at + region.length;
  const inside = itemsWithin(scan.outsideMentions, npS, npE);
  const person = inside.find((m) => typeOf(scan, m) === "person");
  return { key: (person ?? inside[0])?.entityKey ?? null, cueStart: at, cueEnd: inside.length ? inside[inside.length - 1].end : npE };
}

/** `," said X`: X up to a lower-case non-role word; its last person, else its last mention, else a back-reference. */
function saidName(scan: QuoteScan, vS: number, vE: number, regionEnd: number): Speaker {
  const np = NAME_AFTER_VERB_RE.exec(scan.text.slice(vE, regionEnd));
  if (!np) return { key: null, cueStart: vS, cueEnd: vE };
  const npS = vE + np[0].length - np[1].length;
  const npE = vE + np[0].length;
  const inside = startingWithin(scan.outsideMentions, npS, npE);
  if (!inside.length) return { key: resolveSubject(scan, npS, npE, vS), cueStart: vS, cueEnd: npE };
  const person = [...inside].reverse().find((m) => typeOf(scan, m) === "person");
  const pick = person ?? inside[inside.length - 1];
  return { key: pick.entityKey, cueStart: vS, cueEnd: Math.max(pick.end, vE) };
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
    if (!SPEECH_VERBS.has(w[0].toLowerCase())) continue;
    const vS = at + w.index;
    const vE = vS + w[0].length;
    if (w.index === 0) return saidName(scan, vS, vE, at + region.length);
    const key = resolveSubject(scan, at, vS, vS);
    // an unresolved subject that is no pronoun, noun phrase or mention is no attribution
    if (key === null && !/^(?:he|she|they|it|the|a|an)\b/i.test(region.trim()) && !itemsWithin(scan.outsideMentions, at, vS).length) return null;
    return { key, cueStart: at, cueEnd: vE };
  }
  return null;
}
