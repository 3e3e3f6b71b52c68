/**
 * A quotation credited to a body rather than a named person: "the board wrote", "the council said",
 * "police said". The pipeline leaves such a speaker without an entity, yet an outlet that credits the
 * same words to a person disagrees with it on who said them.
 */
import { ORG_NOUNS } from "../../lexicons/roles";
import { fold } from "../../text/text-similarity";

/** Bodies that speak for themselves; a newspaper or channel that "said" relayed the words instead. */
const MEDIA_NOUNS = new Set("newspaper paper magazine broadcaster network channel website outlet".split(" "));
/** "the board", "the city council", "the company's board", "police": at most four words. */
const DESCRIBED_BODY = /^(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}([\p{L}-]+)$/u;

/** The body a described speaker names ("the board"), folded, or null when it is not a body. */
export function creditedBody(speakerName: string | null): string | null {
  if (!speakerName) return null;
  const name = speakerName.trim();
  const match = DESCRIBED_BODY.exec(name);
  if (!match) return null;
  const head = match[1].toLowerCase();
  if (!ORG_NOUNS.has(head) || MEDIA_NOUNS.has(head)) return null;
  // a bare plural needs no article ("police", "prosecutors"); anything else is "the …" (not "a board member")
  if (!/^the\s/i.test(name) && name.includes(" ")) return null;
  return fold(name);
}

/** The head noun of a folded body ("the city council" → "council"). */
export const bodyHead = (body: string): string => body.split(" ").at(-1) ?? body;
