import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import type { ClaimKit } from "../claims-kit";
import { COUNTRY_FORMS } from "../../../lexicons/countries";
import { ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS } from "../../../lexicons/roles";
import { isSpace, isUpper } from "../../../text/text-patterns";

type Token = { s: number; e: number; w: string };

const LETTER_RE = /[\p{L}\p{M}]/u;
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_RE.test(text[i]);
};
const isWordPunct = (c: string) => c === "'" || c === "’" || c === "." || c === "-";

/**
 * The last word of text[from, to) when exactly one space (or no-break space) follows it: a letter, then
 * letters, apostrophes, dots and hyphens. Read backwards from `to`, never more than 80 characters.
 */
function lastWordBefore(text: string, from: number, to: number): { start: number; end: number } | null {
  const floor = Math.max(from, to - 80);
  let end = to;
  while (end > floor && isSpace(text[end - 1])) end--;
  if (end !== to - 1 || (text[end] !== " " && text[end] !== "\u00A0")) return null;
  let start = end;
  while (start > floor && (isLetterAt(text, start - 1) || isWordPunct(text[start - 1]))) start--;
  while (start < end && !isLetterAt(text, start)) start++; // a word starts with a letter
  return start < end ? { start, end } : null;
}
const FUNCTION_CAPS = /^(?:The|A|An|But|And|In|On|At|As|By|For|With|Meanwhile|However)$/;
const EDGE_WORDS = /^(?:of|and|for|the)$/i;

/** A word that may stand in a title before a name: title, role noun or modifier, country form, "ex-…", or a capitalised word. */
function isTitleWord(word: string): boolean {
  const bare = word.replace(/['’]s$/, "");
  const lw = bare.toLowerCase();
  return (
    TITLE_WORDS.has(lw) ||
    ROLE_NOUNS.has(lw) ||
    ROLE_MODIFIERS.has(lw) ||
    COUNTRY_FORMS.has(bare) ||
    /^ex-/i.test(lw) ||
    (isUpper(word[0]) && !FUNCTION_CAPS.test(word))
  );
}

/** The title words right before a name, read backwards one word at a time (at most ten, stopping at a possessive). */
function titleTokens(kit: ClaimKit, s: TSentence, person: TMention): Token[] {
  const toks: Token[] = [];
  let cur = person.start;
  for (let guard = 0; guard < 10; guard++) {
    const w = lastWordBefore(kit.text, s.start, cur);
    if (!w) break;
    const word = kit.text.slice(w.start, w.end);
    if (!isTitleWord(word)) break;
    toks.unshift({ s: w.start, e: w.end, w: word });
    cur = w.start;
    if (/['’]s$/.test(word)) break; // possessive starts the phrase
  }
  while (toks.length && EDGE_WORDS.test(toks[0].w)) toks.shift();
  while (toks.length && EDGE_WORDS.test(toks[toks.length - 1].w)) toks.pop();
  return toks;
}

/** "former Ruritanian Vice President X": the title words before a person's name are their role when they hold a role noun. */
export function extractPremodifierRole(kit: ClaimKit, s: TSentence, person: TMention): void {
  const toks = titleTokens(kit, s, person);
  const hasHead = toks.some((t) => {
    const lw = t.w.toLowerCase().replace(/['’]s$/, "");
    return ROLE_NOUNS.has(lw) || ROLE_NOUNS.has(lw.replace(/^(?:ex|vice)-/, "")) || /-(?:president|minister|chancellor)$/.test(lw);
  });
  if (hasHead && toks.length) kit.add(s, person.entityKey, "role", toks[0].s, toks[toks.length - 1].e);
}
