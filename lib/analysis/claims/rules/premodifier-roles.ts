import type { TMention, TSentence } from "@/lib/schemas/pipeline";
import type { ClaimKit } from "../claims-kit";
import { COUNTRY_FORMS } from "../../../lexicons/countries";
import { ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS } from "../../../lexicons/roles";
import { isUpper } from "../../../text/text-patterns";

type Token = { s: number; e: number; w: string };

/** The last word of a text and the space after it. */
const LAST_WORD_RE = /([\p{L}\p{M}][\p{L}\p{M}'’.-]*)(\s+)$/u;
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
  let cur = kit.text.slice(s.start, person.start);
  for (let guard = 0; guard < 10; guard++) {
    const tail = cur.length > 80 ? cur.slice(-80) : cur; // the last word only: never rescan the sentence
    const w0 = LAST_WORD_RE.exec(tail);
    const w = w0 && { index: cur.length - tail.length + w0.index, 1: w0[1], 2: w0[2] };
    if (!w || w[2] !== " " && w[2] !== "\u00A0") break;
    const word = w[1];
    if (!isTitleWord(word)) break;
    const ws = s.start + w.index;
    toks.unshift({ s: ws, e: ws + word.length, w: word });
    cur = cur.slice(0, w.index);
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
