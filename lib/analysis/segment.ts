import type { TBlock, TSentence } from "@/lib/schemas/pipeline";
import { ABBREVIATIONS } from "../lexicons/roles";
import { CLOSE_DQ, OPEN_DQ, STRAIGHT_DQ, isSpace } from "../text/text-patterns";

/** The characters sentence splitting looks at; everything between them is skipped by one regex scan. */
const BREAK_RE = /[“„«”»"\n.!?…]/g;

const SENTENCE_STARTERS = new Set(
  "the a an he she it they we i this that these those but and in on at after before his her their its our there then however meanwhile mr mrs ms dr".split(" "),
);

/** The word that ends at position `dotPos` (exclusive of the dot). */
function wordBefore(text: string, dotPos: number, blockStart: number): string {
  let i = dotPos;
  while (i > blockStart && /[\p{L}\p{M}\p{N}.'’-]/u.test(text[i - 1])) i--;
  return text.slice(i, dotPos);
}

function wordAfter(text: string, pos: number, end: number): string {
  let j = pos;
  while (j < end && /[\p{L}\p{M}]/u.test(text[j])) j++;
  return text.slice(pos, j);
}

/** Split each block into sentences with exact offsets into `text`. */
export function segmentSentences(text: string, blocks: TBlock[]): TSentence[] {
  const out: TSentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const isCaption = block.kind === "caption";
    const push = (s: number, e: number) => {
      while (s < e && isSpace(text[s])) s++;
      while (e > s && isSpace(text[e - 1])) e--;
      if (e > s) out.push({ start: s, end: e, blockIndex, isCaption });
    };
    if (block.kind === "heading") {
      push(block.start, block.end);
      return;
    }
    let sentStart = block.start;
    let inQuote = false;
    // jump from one character that matters (a quote mark, a terminator, a line break) to the next
    BREAK_RE.lastIndex = block.start;
    let hit: RegExpExecArray | null;
    while ((hit = BREAK_RE.exec(text)) && hit.index < block.end) {
      const i = hit.index;
      const c = hit[0];
      if (OPEN_DQ.has(c)) {
        inQuote = true;
        continue;
      }
      if (CLOSE_DQ.has(c)) {
        inQuote = false;
        continue;
      }
      if (c === STRAIGHT_DQ) {
        inQuote = !inQuote;
        continue;
      }
      if (c === "\n" && text[i + 1] === "\n") {
        push(sentStart, i);
        sentStart = i;
        continue;
      }
      if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
      // consume runs of terminators and closing marks
      let j = i + 1;
      let q: boolean = inQuote;
      while (j < block.end) {
        const d = text[j];
        if (d === "." || d === "!" || d === "?" || d === "…") j++;
        else if (CLOSE_DQ.has(d)) {
          q = false;
          j++;
        } else if (d === STRAIGHT_DQ && q) {
          q = false;
          j++;
        } else if (d === ")" || d === "]" || d === "’" || d === "'") j++;
        else break;
      }
      if (j >= block.end) {
        BREAK_RE.lastIndex = j;
        inQuote = q;
        continue;
      }
      if (!isSpace(text[j])) continue; // "U.S.A", "3.5", "example.com"
      let k = j;
      while (k < block.end && isSpace(text[k])) k++;
      const next = text[k];
      const startsSentence = next !== undefined && /[\p{Lu}\p{N}“"‘(\[]/u.test(next);
      if (!startsSentence || q) {
        BREAK_RE.lastIndex = j;
        inQuote = q;
        continue;
      }
      if (c === ".") {
        const w = wordBefore(text, i, block.start);
        const bare = w.replace(/\.$/, "");
        const lw = bare.toLowerCase();
        if (ABBREVIATIONS.has(lw) && j === i + 1) {
          continue;
        }
        if (/^\p{Lu}$/u.test(bare)) continue; // initial: "J. Smith"
        if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) {
          // initialism like U.S. — split only before a typical sentence opener
          const nw = wordAfter(text, k, block.end).toLowerCase();
          if (!SENTENCE_STARTERS.has(nw)) continue;
        }
      }
      push(sentStart, j);
      sentStart = j;
      BREAK_RE.lastIndex = j;
      inQuote = false;
    }
    push(sentStart, block.end);
  });
  return out;
}
