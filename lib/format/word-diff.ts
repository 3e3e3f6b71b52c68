import { diffWordsWithSpace } from "diff";

export type TDiffPart = { text: string; change: "same" | "added" | "removed"; isPunctuationOnly: boolean };

const PUNCTUATION_OR_SPACE = /^[\s\p{P}\p{S}]*$/u;

/**
 * Word-level diff of one outlet's wording against another's, each changed part marked as a
 * punctuation-only change (commas, stops, quote marks, capitals) or a change of words.
 */
export function diffWording(base: string, other: string): TDiffPart[] {
  return diffWordsWithSpace(base, other).map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
    isPunctuationOnly: PUNCTUATION_OR_SPACE.test(part.value),
  }));
}

/** True when two wordings differ only in punctuation, spacing or capitalisation. */
export function differsOnlyInPunctuation(a: string, b: string): boolean {
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return a !== b && words(a) === words(b);
}
