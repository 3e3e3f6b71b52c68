/**
 * Candidate names in a sentence: runs of capitalised tokens separated by plain spaces, with inner
 * connectors ("Bank of the North") when a capitalised token follows; a possessive ends the run. Three
 * gaps other than a space stay inside a name: the full stop of an abbreviated title ("Dr. Jane Doe"), an
 * ampersand ("Smith & Jones") and a plural possessive before an organisation's head ("Teachers' Union"); so does
 * the possessive of an irregular plural or an office ("Women's Hospital", "Attorney's Office").
 */
import { ABBREVIATIONS, DAYS, MONTHS, NAME_CONNECTORS, ORG_HEADS, ORG_NAME_HEADS, TITLE_WORDS } from "../../lexicons/roles";
import { isCapTok, type SentenceToken } from "./sentence-tokens";
import { POSSESSIVE_PLACE_HEADS } from "./name-heads";
import { COUNTRY_FORMS } from "../../lexicons/countries";
import type { Token } from "../../text/text-patterns";

/** Tokens no run may take: inside a government name already spotted, or in a dateline or credit. */
export type BlockedToken = (t: Token) => boolean;

const SPACE_GAP = /^[ \u00A0]$/;
/** Abbreviations whose full stop does not end a name: titles ("Gov.", "Cmdr.") and place prefixes ("St.", "Mt."). */
const NAME_ABBREVIATIONS = new Set([...ABBREVIATIONS].filter((a) => TITLE_WORDS.has(a) || a === "st" || a === "mt" || a === "ft"));
/** Irregular plurals whose "'s" is a plural possessive inside a name ("Women's Hospital"). */
const IRREGULAR_PLURALS = new Set(["people", "women", "men", "children"]);

const isOrgHead = (w: string) => ORG_HEADS.has(w.toLowerCase()) || ORG_NAME_HEADS.has(w.toLowerCase());
const isPossessive = (w: string) => /['’]s$/i.test(w);
/**
 * A possessive that belongs inside a name: an irregular plural ("Women's Hospital"), an office before an
 * organisation's head ("Attorney's Office", "Sheriff's Department"), or a person's name before the head
 * that ends a street's, a place's or an institution's name ("Baker's Lane", "St. Anne's Hospital"). A
 * country's possessive stays outside ("Westland's Lake Ardo" is Westland and Lake Ardo).
 */
function isNamePossessive(text: string, toks: SentenceToken[], k: number): boolean {
  const w = toks[k].text;
  if (!isPossessive(w)) return false;
  const base = w.slice(0, -2).toLowerCase();
  if (IRREGULAR_PLURALS.has(base)) return true;
  const next = toks[k + 1];
  if (!next || !SPACE_GAP.test(text.slice(toks[k].end, next.start)) || !isCapTok(next.text)) return false;
  if (TITLE_WORDS.has(base) && isOrgHead(next.text)) return true;
  return POSSESSIVE_NAME_HEADS.has(next.text.toLowerCase()) && endsName(text, toks, k + 1) && !COUNTRY_FORMS.has(w.slice(0, -2));
}

/** Heads that end a name after a person's possessive: streets and places, churches, schools, hospitals. */
const POSSESSIVE_NAME_HEADS = new Set([...POSSESSIVE_PLACE_HEADS, ..."hospital church college school university".split(" ")]);

/** Whether token `k` is the last word of its name: no capitalised word follows it after a space. */
function endsName(text: string, toks: SentenceToken[], k: number): boolean {
  const after = toks[k + 1];
  return !after || !isCapTok(after.text) || !SPACE_GAP.test(text.slice(toks[k].end, after.start));
}

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

/** Whether the gap between two capitalised tokens keeps them in one name. */
function joinsName(prev: SentenceToken, gap: string, next: SentenceToken): boolean {
  if (SPACE_GAP.test(gap)) return true;
  if (gap === " & ") return true;
  if (gap === ". " && NAME_ABBREVIATIONS.has(prev.text.toLowerCase())) return true;
  // "Dock Workers' Union": a plural possessive before an organisation's head
  return /^['’] $/.test(gap) && /s$/.test(prev.text) && isOrgHead(next.text);
}

/** The run starting at token `i`, and the index of the first token after it. */
function runFrom(text: string, toks: SentenceToken[], i: number, blocked: BlockedToken): { run: SentenceToken[]; next: number } {
  const t0 = toks[i];
  const run: SentenceToken[] = [t0];
  let possAt = -1;
  let j = i + 1;
  if (isPossessive(t0.text) && !isNamePossessive(text, toks, i)) possAt = 0;
  while (possAt < 0 && j < toks.length) {
    const gap = text.slice(toks[j - 1].end, toks[j].start);
    const tj = toks[j];
    if (blocked(tj)) break;
    if (isCapTok(tj.text)) {
      if (!joinsName(toks[j - 1], gap, tj)) break;
      run.push(tj);
      if (isPossessive(tj.text) && !isNamePossessive(text, toks, j)) possAt = run.length - 1;
      j++;
      continue;
    }
    if (!SPACE_GAP.test(gap)) break;
    if (NAME_CONNECTORS.has(tj.text.toLowerCase()) && j + 1 < toks.length) {
      // connector must be followed (possibly via "the") by a capitalised token
      let k = j + 1;
      if (toks[k].text === "the" && k + 1 < toks.length) k++;
      const kLower = toks[k].text.toLowerCase();
      const ok = !DAYS.has(kLower) && !MONTHS.has(kLower) && isCapTok(toks[k].text) && SPACE_GAP.test(text.slice(toks[k - 1].end, toks[k].start));
      if (ok) {
        for (let x = j; x <= k; x++) run.push(toks[x]);
        if (isPossessive(toks[k].text) && !isNamePossessive(text, toks, k)) possAt = run.length - 1;
        j = k + 1;
        continue;
      }
    }
    break;
  }
  return { run, next: j };
}
