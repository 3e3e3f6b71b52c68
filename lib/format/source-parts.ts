/** A source page shows at most this many characters of the stored text at once (a news article is a few thousand). */
export const SOURCE_PART_CHARS = 20_000;

type TBlock = { kind: string; start: number; end: number };
/** One page of an article: [start, end) of the stored text; parts are consecutive and cover it all. */
export type TTextPart = { number: number; start: number; end: number };

/**
 * Splits a stored text into parts of at most `maxChars` characters that end where a paragraph ends.
 * A paragraph longer than a part is cut at a space near the limit, never inside a surrogate pair,
 * so every offset falls in exactly one part and highlights keep pointing at the stored characters.
 */
export function splitIntoParts(text: string, blocks: TBlock[], maxChars = SOURCE_PART_CHARS): TTextPart[] {
  const cuts: number[] = [0];
  const partStart = () => cuts[cuts.length - 1];
  for (const block of blocks) {
    if (block.end - partStart() > maxChars && block.start > partStart()) cuts.push(block.start);
    while (block.end - partStart() > maxChars) cuts.push(cutInside(text, partStart(), partStart() + maxChars));
  }
  if (text.length - partStart() > maxChars) {
    while (text.length - partStart() > maxChars) cuts.push(cutInside(text, partStart(), partStart() + maxChars));
  }
  return cuts.map((start, i) => ({ number: i + 1, start, end: i + 1 < cuts.length ? cuts[i + 1] : text.length }));
}

/** The last space in the final tenth before `limit`, else `limit` itself stepped off a surrogate pair. */
function cutInside(text: string, from: number, limit: number): number {
  const space = text.lastIndexOf(" ", limit - 1);
  if (space > from + (limit - from) * 0.9) return space + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The part that holds character `offset` (the last part for an offset at the end). */
export function findPartAt(parts: TTextPart[], offset: number): TTextPart {
  let low = 0;
  let high = parts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (parts[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return parts[low];
}

/** The paragraphs of one part, cut to its bounds (a paragraph split across parts shows its piece in each). */
export function blocksInPart(blocks: TBlock[], part: TTextPart, textLength: number): TBlock[] {
  const all = blocks.length ? blocks : [{ kind: "body", start: 0, end: textLength }];
  return all
    .filter((b) => b.end > part.start && b.start < part.end)
    .map((b) => ({ kind: b.kind, start: Math.max(b.start, part.start), end: Math.min(b.end, part.end) }));
}
