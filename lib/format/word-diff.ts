import { diffWordsWithSpace } from "diff";

export type TDiffPart = { text: string; change: "same" | "added" | "removed"; isPunctuationOnly: boolean };

const PUNCTUATION_OR_SPACE = /^[\s\p{P}\p{S}]*$/u;

/** Letters and digits only, lower-cased: what is left when punctuation, spacing and capitals are ignored. */
function wordsOnly(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Non-breaking and other spaces compare as plain spaces: they are typesetting, not wording. */
export function plainSpaces(text: string): string {
  return text.replace(/\s/g, " ");
}

/**
 * Word-level diff of one outlet's wording against another's, each changed part marked as a
 * punctuation-only change (commas, stops, quote marks, capitals) or a change of words.
 */
export function diffWording(base: string, other: string): TDiffPart[] {
  const parts: TDiffPart[] = diffWordsWithSpace(plainSpaces(base), plainSpaces(other)).map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
    isPunctuationOnly: PUNCTUATION_OR_SPACE.test(part.value),
  }));
  // A word replaced by the same word with other capitals or punctuation ("this" → "This,") is not a change of words.
  for (let i = 0; i + 1 < parts.length; i++) {
    const [a, b] = [parts[i], parts[i + 1]];
    if (a.change === "removed" && b.change === "added" && wordsOnly(a.text) === wordsOnly(b.text)) {
      a.isPunctuationOnly = true;
      b.isPunctuationOnly = true;
    }
  }
  return parts;
}

export function isSameWording(a: string, b: string): boolean {
  return plainSpaces(a) === plainSpaces(b);
}

/** True when two wordings differ only in punctuation, spacing or capitalisation. */
export function differsOnlyInPunctuation(a: string, b: string): boolean {
  return !isSameWording(a, b) && wordsOnly(a) === wordsOnly(b);
}
