/**
 * What comes off the edges of a run of capitalised words before it is classified: function words and
 * sentence-initial common words, a party label before a politician's name ("Republican Jane Doe"), a
 * person noun opening a sentence ("Survivor Jane Doe"), connectors left at either end.
 */
import { COUNTRY_FORMS } from "../../lexicons/countries";
import { NAME_CONNECTORS, PARTY_LABELS, PERSON_NOUNS, ROLE_NOUNS, STOP_CAPS, TITLE_WORDS } from "../../lexicons/roles";
import { isNameHead, PLACE_HEADS } from "./name-heads";
import type { SpotContext } from "./raw-mentions";
import { isAllCaps, isCamel, isCapTok, stripPossessive, type SentenceToken } from "./sentence-tokens";

/** Drops leading function words, sentence-initial common words, party labels and connectors; and trailing connectors. */
export function trimRun(runIn: SentenceToken[], words: Pick<SpotContext, "midCaps" | "nameStarts" | "nouns">): SentenceToken[] {
  const { midCaps, nameStarts } = words;
  let run = runIn.slice();
  while (run.length) {
    const t = stripPossessive(run[0]).tok.text;
    const lw = t.toLowerCase();
    // a short all-caps word before a name ("IF Westford", "AS Roma") is a designator, not the function word
    const designator = isAllCaps(t) && t.length <= 3 && run.length > 1 && isCapTok(run[1].text);
    const functionWord = STOP_CAPS.has(lw) && !designator;
    if (functionWord || !isCapTok(t) || NAME_CONNECTORS.has(lw) && run.length === 1) {
      run = run.slice(1);
      continue;
    }
    if (isPartyLabel(run, lw) || isOpeningPersonNoun(run, lw, words)) {
      run = run.slice(1);
      continue;
    }
    // a sentence-initial word not known as a name elsewhere stays only when a capitalised word follows it
    const nextCap = run.length > 1 && isCapTok(run[1].text);
    const known = midCaps.has(t) || nameStarts.has(t);
    if (run[0].initial && !COUNTRY_FORMS.has(t) && !known && !isCamel(t) && !isAllCaps(t) && !nextCap) {
      run = run.slice(1);
      continue;
    }
    break;
  }
  while (run.length && !isCapTok(run[run.length - 1].text)) run.pop();
  return run;
}

/**
 * "Republican Jane Doe", "Labour MP Jane Doe": a party label before a title or a two- or three-word name
 * is the politician's affiliation; "Republican Party", "Liberal Democrats" and "Democratic Republic of …"
 * keep it.
 */
function isPartyLabel(run: SentenceToken[], lw: string): boolean {
  if (!PARTY_LABELS.has(lw) || run.length < 2) return false;
  // the name up to a connector: "Republican Sen. Jane Doe of Westland"
  const all = run.slice(1).map((t) => stripPossessive(t).tok.text);
  const cut = all.findIndex((w) => !isCapTok(w));
  const rest = cut < 0 ? all : all.slice(0, cut);
  const restLower = rest.map((w) => w.toLowerCase());
  if (restLower.some((w) => isNameHead(w) || PLACE_HEADS.has(w)) || COUNTRY_FORMS.has(rest.join(" "))) return false;
  return TITLE_WORDS.has(restLower[0]) || (rest.length >= 2 && rest.length <= 3 && !PARTY_LABELS.has(restLower[0]));
}

/**
 * "Survivor Jane Doe" at the start of a sentence: a person noun (from the lexicons, or a word the article prints
 * as a noun elsewhere: "the coroner"), never printed capitalised mid-sentence, before a full name ("Baker
 * Mayfield", a first name and a surname, keeps its first word).
 */
function isOpeningPersonNoun(run: SentenceToken[], lw: string, words: Pick<SpotContext, "midCaps" | "nouns">): boolean {
  if (!run[0].initial || run.length < 3 || !isCapTok(run[1].text) || !isCapTok(run[2].text) || words.midCaps.has(run[0].text)) return false;
  if (TITLE_WORDS.has(lw)) return false; // titles are read by the title rule, which keeps the office
  if (run.slice(1).some((t) => isNameHead(t.text.toLowerCase()) || PLACE_HEADS.has(t.text.toLowerCase()))) return false;
  return PERSON_NOUNS.has(lw) || ROLE_NOUNS.has(lw) || words.nouns.has(lw);
}
