import type { TBlock } from "@/lib/schemas/pipeline";
import { CLOSE_DQ, OPEN_DQ, STRAIGHT_DQ } from "../../text/text-patterns";

/**
 * `continues`: the quote runs to the end of its paragraph without a closing mark and the next paragraph reopens
 * it (news convention for a quote spanning paragraphs); `continued`: the pair that reopens it.
 */
export type QuotePair = { open: number; close: number; blockIndex: number; continues?: boolean; continued?: boolean };

/** Every character that may open or close a quotation. */
const MARK_RE = /[“”„«»"‘’]/g;
const OPEN_SQ = "‘";
const CLOSE_SQ = "’";
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A curly single quote opens a quotation (British style) at the start of a paragraph or after a space, bracket,
 * dash or colon, before a word: "‘90s" and the apostrophe of "doesn’t" never open one.
 */
function opensSingle(text: string, i: number, blockStart: number): boolean {
  if (text[i] !== OPEN_SQ) return false;
  const prev = i > blockStart ? text[i - 1] : " ";
  return /[\s([—–:-]/.test(prev) && /\p{L}/u.test(text[i + 1] ?? "");
}

/**
 * A curly apostrophe closes a single-quoted quotation when no letter follows it ("doesn’t" goes on) and it is
 * not a plural possessive before a lower-case noun ("the players’ union").
 */
function closesSingle(text: string, i: number): boolean {
  if (text[i] !== CLOSE_SQ) return false;
  const next = text[i + 1] ?? "";
  if (LETTER_OR_DIGIT.test(next)) return false;
  return !(/s/i.test(text[i - 1] ?? "") && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3)) && !/[,.!?]/.test(text[i - 1]));
}

/** Whether the paragraph starting at `start` reopens a quotation with the same kind of mark. */
function reopens(text: string, start: number, single: boolean): boolean {
  return single ? text[start] === OPEN_SQ : OPEN_DQ.has(text[start]) || text[start] === STRAIGHT_DQ;
}

/**
 * Find quote-mark pairs per block: “…”, "…", mismatched “…", and ‘…’ where single quotes are the outer marks;
 * marks of the other kind inside an open quotation are a quote within the quote and are skipped.
 */
export function findQuotePairs(text: string, blocks: TBlock[]): QuotePair[] {
  const pairs: QuotePair[] = [];
  let reopen = false;
  blocks.forEach((b, blockIndex) => {
    if (b.kind === "heading") return;
    let open = -1;
    let single = false;
    let first = true;
    const push = (close: number) => {
      pairs.push({ open, close, blockIndex, continued: first && reopen && open === b.start });
      first = false;
      open = -1;
      single = false;
    };
    // jump from quote mark to quote mark: one regex scan of the paragraph, no test per character
    MARK_RE.lastIndex = b.start;
    let mark: RegExpExecArray | null;
    while ((mark = MARK_RE.exec(text)) && mark.index < b.end) {
      const i = mark.index;
      const c = mark[0];
      if (open >= 0 && single) {
        if (closesSingle(text, i)) push(i);
        continue;
      }
      if (OPEN_DQ.has(c)) open = i;
      else if (CLOSE_DQ.has(c) || c === STRAIGHT_DQ) {
        if (open >= 0) push(i);
        else if (c === STRAIGHT_DQ) open = i;
      } else if (open < 0 && opensSingle(text, i, b.start)) {
        open = i;
        single = true;
      }
    }
    const next = blocks[blockIndex + 1];
    reopen = false;
    if (open >= 0 && next && next.kind === b.kind && reopens(text, next.start, single)) {
      pairs.push({ open, close: b.end, blockIndex, continues: true, continued: first && open === b.start && pairs.length > 0 && pairs[pairs.length - 1].continues });
      reopen = true;
    }
  });
  return pairs;
}
