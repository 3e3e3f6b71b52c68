import { normalizeArticle } from "@/lib/analysis/normalize";
import { segmentSentences } from "@/lib/analysis/segment";
import type { TNormalizedArticle } from "@/lib/schemas/pipeline";

/**
 * A story's title, taken from its first article: the headline when the article has one, else the first
 * sentence of its lead. Only the article's own words, shortened at a word boundary; page furniture
 * (navigation, "Read more", photo credits, bylines, publication lines) is skipped by the same
 * normalisation the analysis uses, and a dateline ("PORT CITY, Country (Agency) — ") is dropped.
 */

export const MAX_STORY_TITLE_LENGTH = 90;
const ELLIPSIS = "…";
const MAX_DATELINE_LENGTH = 120;
/** "CITY — ", "CITY, Region (Agency) — ", "(Agency) — " at the start of a lead. */
const DATELINE_RE = /^(?:[\p{Lu}][\p{Lu}\p{M}'’.\s-]*[\p{Lu}](?:,\s*[\p{L}\p{M}'’.\s-]{2,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?|\([^()\n]{1,40}\)\s*)[—–-]{1,2}\s+/u;

/** The text shortened to `max` characters (ellipsis included), at the last whole word. */
export function cutAtWord(text: string, max = MAX_STORY_TITLE_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - ELLIPSIS.length);
  const endsOnWord = flat[room.length] === " ";
  const space = room.lastIndexOf(" ");
  // one word longer than the whole room is cut inside; any other text loses its last partial word
  const kept = endsOnWord || space <= 0 ? room : room.slice(0, space);
  return `${kept.replace(/[\s,;:.\-–—(]+$/u, "")}${ELLIPSIS}`;
}

/** A paragraph that ends by crediting a picture, "(Ledger file photo)", describes the picture, not the event. */
const PICTURE_CREDIT_RE = /\([^()\n]{0,60}\b(?:photo|photograph|picture|image|file)s?\b[^()\n]{0,40}\)\s*$/i;

function firstLeadSentence({ text, blocks }: TNormalizedArticle): string {
  const lead = blocks.find((b) => b.kind === "body" && !PICTURE_CREDIT_RE.test(text.slice(b.start, b.end)));
  if (!lead) return "";
  const [sentence] = segmentSentences(text, [lead]);
  const first = text.slice(sentence?.start ?? lead.start, sentence?.end ?? lead.end);
  // a dateline is short: look for one only at the start, so a pasted wall of capitals costs nothing
  const dateline = DATELINE_RE.exec(first.slice(0, MAX_DATELINE_LENGTH))?.[0] ?? "";
  return first.slice(dateline.length).replace(/\.$/, "");
}

/** The headline when present (given, or the article's first line when it reads as one), else the lead's first sentence; ≤ 90 characters. */
export function storyTitleOf(input: { title?: string | null; text: string }): string {
  const given = input.title?.trim();
  if (given) return cutAtWord(given);
  const normalized = normalizeArticle(input.text);
  const headline = normalized.meta.title?.trim();
  return cutAtWord(headline || firstLeadSentence(normalized));
}
