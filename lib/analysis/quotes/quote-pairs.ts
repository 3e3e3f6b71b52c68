import type { TBlock } from "@/lib/schemas/pipeline";
import { CLOSE_DQ, OPEN_DQ, STRAIGHT_DQ } from "../../text/text-patterns";

/**
 * `continues`: the quote runs to the end of its paragraph without a closing mark and the next paragraph reopens
 * it (news convention for a quote spanning paragraphs); `continued`: the pair that reopens it.
 */
export type QuotePair = { open: number; close: number; blockIndex: number; continues?: boolean; continued?: boolean };

/** Find quote-mark pairs per block: “…”, "…", and mismatched “…". */
export function findQuotePairs(text: string, blocks: TBlock[]): QuotePair[] {
  const pairs: QuotePair[] = [];
  let reopen = false;
  blocks.forEach((b, blockIndex) => {
    if (b.kind === "heading") return;
    let open = -1;
    let first = true;
    for (let i = b.start; i < b.end; i++) {
      const c = text[i];
      if (OPEN_DQ.has(c)) open = i;
      else if (CLOSE_DQ.has(c) || c === STRAIGHT_DQ) {
        if (open >= 0) {
          pairs.push({ open, close: i, blockIndex, continued: first && reopen && open === b.start });
          first = false;
          open = -1;
        } else if (c === STRAIGHT_DQ) open = i;
      }
    }
    const next = blocks[blockIndex + 1];
    reopen = false;
    if (open >= 0 && next && next.kind === b.kind && (OPEN_DQ.has(text[next.start]) || text[next.start] === STRAIGHT_DQ)) {
      pairs.push({ open, close: b.end, blockIndex, continues: true, continued: first && open === b.start && pairs.length > 0 && pairs[pairs.length - 1].continues });
      reopen = true;
    }
  });
  return pairs;
}
