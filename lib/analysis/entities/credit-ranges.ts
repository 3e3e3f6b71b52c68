/** Spans no entity is taken from: datelines ("(AGENCY) —") opening a block, and photo credits inside captions. */
import type { TBlock } from "@/lib/schemas/pipeline";

const DATELINE_RE = /^\([\p{Lu}][\p{L}&.' ]{0,30}\)\s*[—–-]/u;
const CREDIT_RE = [
  /(?:Credit|Credits|Photo|Photos|Photograph|Image|Picture|Source|Illustration)\s*:\s*[^\n]*$/,
  /\((?:Photo|Picture|Image|Photograph|Credit)s?\b[^)]*\)/i,
  /\b(?:Photo|Image|Picture)\s+(?:by|credit|courtesy(?: of)?)\b[^\n.]*/i,
];

/** Excluded ranges: datelines, and photo credits inside captions. */
export function creditRanges(text: string, blocks: TBlock[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const b of blocks) {
    const dl = DATELINE_RE.exec(text.slice(b.start, Math.min(b.end, b.start + 80)));
    if (dl) out.push([b.start + dl.index, b.start + dl.index + dl[0].length]);
    if (b.kind !== "caption") continue;
    const s = text.slice(b.start, b.end);
    for (const re of CREDIT_RE) {
      const m = re.exec(s);
      if (m) out.push([b.start + m.index, b.start + m.index + m[0].length]);
    }
  }
  return out;
}
