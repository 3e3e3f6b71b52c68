/**
 * Attributions without a verb of saying next to the quote: a clause ending in a colon ("Mayor Jane Doe was
 * blunt: “…”") and a sentence after a quoted sentence that says whose words they were ("“…” Those were the
 * words of Jane Doe.").
 */
import type { QuotePair } from "./quote-pairs";
import { afterPreposition, clauseStop, typeOf, wordsIn, type QuoteScan, type Speaker } from "./quote-scan";
import { itemsWithin } from "../../text/text-patterns";

/** A clause this long before a colon is no attribution but a sentence of its own. */
const MAX_COLON_CLAUSE_WORDS = 14;
/** "That was the verdict of", "Those were the words of", "So said", "The words came from". */
const WHOSE_WORDS = /^\s*(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){1,2}(?:of|from|by)\s+|So\s+said\s+|The\s+words\s+(?:were|came)\s+(?:from|of)\s+)/u;

/** `X was blunt: “…”`: the person the clause before the colon names as its subject; null without one. */
export function cueBeforeColon(scan: QuoteScan, p: QuotePair, sStart: number): Speaker | null {
  const { text } = scan;
  const colon = /:\s*$/.exec(text.slice(sStart, p.open));
  if (!colon) return null;
  const end = sStart + colon.index;
  if (wordsIn(text.slice(sStart, end)).length > MAX_COLON_CLAUSE_WORDS) return null;
  const persons = itemsWithin(scan.outsideMentions, sStart, end).filter((m) => typeOf(scan, m) === "person");
  // a person after a preposition ("the charges against X:") is what the clause is about, not who speaks
  const pick = persons.find((m) => !afterPreposition(text, m.start));
  return pick ? { key: pick.entityKey, cueStart: pick.start, cueEnd: end } : null;
}

/** `“….” Those were the words of X.`: the person (else the first name) the next sentence credits; null without one. */
export function cueNextSentence(scan: QuoteScan, p: QuotePair, blockEnd: number): Speaker | null {
  const { text } = scan;
  if (!/[.!?]\s*$/.test(text.slice(p.close - 2, p.close))) return null;
  const rest = text.slice(p.close + 1, Math.min(blockEnd, p.close + 240));
  const ref = WHOSE_WORDS.exec(rest);
  if (!ref) return null;
  const npS = p.close + 1 + ref[0].length;
  const stop = clauseStop(text.slice(npS, blockEnd));
  const npE = stop >= 0 ? npS + stop : blockEnd;
  const inside = itemsWithin(scan.outsideMentions, npS, npE);
  const pick = inside.find((m) => typeOf(scan, m) === "person") ?? inside[0];
  return pick ? { key: pick.entityKey, cueStart: p.close + 1, cueEnd: pick.end } : null;
}
