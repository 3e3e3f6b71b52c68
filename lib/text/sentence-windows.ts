import type { TSentence } from "@/lib/schemas/pipeline";

/**
 * A sentence longer than this (no prose sentence is) is read in windows, so that no rule's work grows with its
 * square: every rule that looks back or ahead within its sentence stays linear in the article.
 */
const MAX_WINDOW = 1200;

/** The windows a sentence is read in: itself, or stretches of at most MAX_WINDOW characters cut after a clause mark or a space. */
export function sentenceWindows(text: string, s: TSentence): TSentence[] {
  if (s.end - s.start <= MAX_WINDOW) return [s];
  const out: TSentence[] = [];
  let start = s.start;
  while (start < s.end) {
    let end = Math.min(s.end, start + MAX_WINDOW);
    if (end < s.end) {
      const chunk = text.slice(start, end);
      const cut = Math.max(chunk.lastIndexOf(", "), chunk.lastIndexOf("; "), chunk.lastIndexOf(" — "));
      const space = chunk.lastIndexOf(" ");
      end = start + (cut > MAX_WINDOW / 2 ? cut + 1 : space > MAX_WINDOW / 2 ? space : chunk.length);
    }
    out.push({ ...s, start, end });
    start = end;
    while (start < s.end && /\s/.test(text[start])) start++;
  }
  return out;
}
