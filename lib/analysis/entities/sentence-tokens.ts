/**
 * Tokens of each sentence, marked when they start it (after sentence punctuation, an opening quote, a colon
 * or dash), and the shapes of name tokens in print: capitalised, all-caps, camel-case, possessive.
 */
import type { TBlock, TSentence } from "@/lib/schemas/pipeline";
import { isUpper, tokenize, type Token } from "../../text/text-patterns";

export type SentenceToken = Token & { initial: boolean };

export const isCapTok = (t: string) => isUpper(t[0]);
export const isAllCaps = (t: string) => /^[\p{Lu}&.]{2,}$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);
export const isCamel = (t: string) => /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(t);

/** A token without its possessive "'s", and whether it had one. */
export function stripPossessive(tok: Token): { tok: Token; poss: boolean } {
  if (/['’]s$/i.test(tok.text) && tok.text.length > 2) {
    return { tok: { start: tok.start, end: tok.end - 2, text: tok.text.slice(0, -2) }, poss: true };
  }
  return { tok, poss: false };
}

/**
 * Tokens per sentence; which words appear capitalised mid-sentence (outside headings): those are names; and which
 * open a name of two or more capitalised words anywhere ("Acme" of "Acme Foods" opening a sentence): a short form
 * of a name when printed alone; and which lower-case words the article prints as nouns ("the coroner").
 */
export function sentenceTokens(
  text: string,
  blocks: TBlock[],
  sentences: TSentence[],
): { sentToks: SentenceToken[][]; midCaps: Set<string>; nameStarts: Set<string>; nouns: Set<string> } {
  const sentToks: SentenceToken[][] = [];
  const midCaps = new Set<string>();
  const nameStarts = new Set<string>();
  const nouns = new Set<string>();
  for (const s of sentences) {
    const toks = tokenize(text, s.start, s.end) as SentenceToken[];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const from = i === 0 ? s.start : toks[i - 1].end;
      // one space between words (the common case) never starts a sentence
      const before = t.start - from === 1 && text.charCodeAt(from) === 32 ? " " : text.slice(from, t.start);
      // after an OPENING quote mark a word starts a sentence; after a closing one (`," Smith said`) it does not
      t.initial = i === 0 || (before !== " " && (/(?:^|[\s(\[])[“"‘]\s*$/.test(before) || /[:(—–]\s*$/.test(before) || /[.!?]["”’]?\s+$/.test(before)));
      if (!t.initial && isCapTok(t.text) && blocks[s.blockIndex].kind !== "heading") {
        midCaps.add(stripPossessive(t).tok.text);
      }
      const prev = toks[i - 1];
      const bare = stripPossessive(t).tok.text;
      if (prev && /^(?:the|a|an)$/i.test(prev.text) && /^\p{Ll}+$/u.test(bare)) nouns.add(bare);
      if (prev && isCapTok(prev.text) && isCapTok(t.text) && /^[ \u00A0]$/.test(before) && blocks[s.blockIndex].kind !== "heading") {
        nameStarts.add(prev.text);
      }
    }
    sentToks.push(toks);
  }
  return { sentToks, midCaps, nameStarts, nouns };
}
