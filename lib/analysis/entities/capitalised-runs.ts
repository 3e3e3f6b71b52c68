/**
 * Candidate names in a sentence: runs of capitalised tokens separated by plain spaces, with inner
 * connectors ("Bank of the North") when a capitalised token follows; a possessive ends the run.
 */
import { DAYS, MONTHS, NAME_CONNECTORS } from "../../lexicons/roles";
import { isCapTok, type SentenceToken } from "./sentence-tokens";
import type { Token } from "../../text/text-patterns";

/** Tokens no run may take: inside a government name already spotted, or in a dateline or credit. */
export type BlockedToken = (t: Token) => boolean;

export function capitalisedRuns(text: string, toks: SentenceToken[], blocked: BlockedToken): SentenceToken[][] {
  const runs: SentenceToken[][] = [];
  let i = 0;
  while (i < toks.length) {
    const t0 = toks[i];
    if (!isCapTok(t0.text) || blocked(t0)) {
      i++;
      continue;
    }
    const { run, next } = runFrom(text, toks, i, blocked);
    runs.push(run);
    i = next;
  }
  return runs;
}

/** The run starting at token `i`, and the index of the first token after it. */
function runFrom(text: string, toks: SentenceToken[], i: number, blocked: BlockedToken): { run: SentenceToken[]; next: number } {
  const t0 = toks[i];
  const run: SentenceToken[] = [t0];
  let possAt = -1;
  let j = i + 1;
  if (/['’]s$/i.test(t0.text)) possAt = 0;
  while (possAt < 0 && j < toks.length) {
    const gap = text.slice(toks[j - 1].end, toks[j].start);
    if (!/^[ \u00A0]$/.test(gap)) break;
    const tj = toks[j];
    if (blocked(tj)) break;
    if (isCapTok(tj.text)) {
      run.push(tj);
      if (/['’]s$/i.test(tj.text)) possAt = run.length - 1;
      j++;
      continue;
    }
    if (NAME_CONNECTORS.has(tj.text.toLowerCase()) && j + 1 < toks.length) {
      // connector must be followed (possibly via "the") by a capitalised token
      let k = j + 1;
      if (toks[k].text === "the" && k + 1 < toks.length) k++;
      const kLower = toks[k].text.toLowerCase();
      const ok = !DAYS.has(kLower) && !MONTHS.has(kLower) && isCapTok(toks[k].text) && /^[ \u00A0]$/.test(text.slice(toks[k - 1].end, toks[k].start)) && /^[ \u00A0]$/.test(gap);
      if (ok) {
        for (let x = j; x <= k; x++) run.push(toks[x]);
        if (/['’]s$/i.test(toks[k].text)) possAt = run.length - 1;
        j = k + 1;
        continue;
      }
    }
    break;
  }
  return { run, next: j };
}
