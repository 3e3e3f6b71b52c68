/**
 * What a run of capitalised words names: leading country forms become places, a title before a name makes
 * a person, an organisation head word an organisation, place heads and prepositions a place; dates and bare
 * titles are not entities. Unknown 2-4 word names are guessed persons.
 */
import type { TSentence } from "@/lib/schemas/pipeline";
import { COUNTRY_FORMS } from "../../lexicons/countries";
import { CLUB_PREFIXES, DAYS, MONTHS, NAME_CONNECTORS, ORG_HEADS, ROLE_NOUNS, TITLE_WORDS } from "../../lexicons/roles";
import { DEPT_WORDS, isNameHead, OFFICE_MODIFIERS, PLACE_HEADS, POSSESSIVE_PLACE_HEADS, STATE_HEADS } from "./name-heads";
import { pushMention, type SpotContext } from "./raw-mentions";
import { isAllCaps, isCamel, stripPossessive, isCapTok, type SentenceToken } from "./sentence-tokens";
import { trimRun } from "./trim-name-run";

const PLACE_PREPS = new Set("in at near from to into outside inside across throughout toward towards via".split(" "));

/** A lower-case role noun followed by a capitalised name: " president Jane Doe". */
const ROLE_THEN_NAME = /^[ \u00A0]+([\p{Ll}-]+)[ \u00A0]+[\p{Lu}]/u;
/** An all-caps place opening a paragraph before the rest of a dateline: "SPRINGFIELD, Westland (Agency) —", "SPRINGFIELD —". */
const DATELINE_REST = /^(?:,[ \u00A0]*[\p{Lu}][\p{L}. ]*)?(?:[ \u00A0]*\([^)\n]{1,40}\))?[ \u00A0]*[—–-]/u;

export function classifyRun(ctx: SpotContext, runIn: SentenceToken[], s: TSentence): void {
  const run = trimRun(runIn, ctx);
  if (!run.length) return;
  const parts = personOfSplit(run);
  if (parts) {
    // "<Name> of <Place|Party>": the person, then what the person belongs to, each a name of its own
    for (const part of parts) classifyRun(ctx, part, s);
    return;
  }

  const words = run.map((t) => stripPossessive(t).tok.text);
  const lower = words.map((w) => w.toLowerCase());
  const { leadCountries, k } = leadingCountries(run, words);
  const rest = run.slice(k);
  const restLower = lower.slice(k);

  // a demonym after other capitalised words ("Latin American") is an adjective phrase, not the country
  const demonymInside = leadCountries.length === 0 && words.some((w, idx) => idx > 0 && COUNTRY_FORMS.get(w)?.kind === "demonym");
  if (demonymInside) {
    pushMention(ctx, run, "other", null, false);
    return;
  }
  for (const [a, b, name] of leadCountries) pushMention(ctx, run.slice(a, b), "place", name, true);
  if (!rest.length) return;
  if (titledRun(ctx, rest, restLower)) return;
  plainNameRun(ctx, rest, restLower, s);
}

/**
 * "Jane Doe of the Green Party", "Sen. Jane Doe of Westland": a two- or three-word name (after any titles)
 * followed by "of" and a name is a person and what the person belongs to; null when the words before "of"
 * hold a head ("Bank of …", "University of …", "Secretary of State").
 */
function personOfSplit(run: SentenceToken[]): [SentenceToken[], SentenceToken[]] | null {
  const at = run.findIndex((t) => t.text === "of");
  if (at < 2 || at === run.length - 1) return null;
  const pre = run.slice(0, at);
  const lower = pre.map((t) => stripPossessive(t).tok.text.toLowerCase());
  let first = 0;
  while (first < lower.length && TITLE_WORDS.has(lower[first])) first++;
  const name = lower.slice(first);
  if (name.length < 2 || name.length > 3) return null;
  if (name.some((w) => isNameHead(w) || PLACE_HEADS.has(w) || STATE_HEADS.has(w) || DEPT_WORDS.has(w) || TITLE_WORDS.has(w) || NAME_CONNECTORS.has(w))) return null;
  if (COUNTRY_FORMS.has(pre.slice(first).map((t) => t.text).join(" "))) return null;
  return [pre, run.slice(at + 1)];
}

/** Leading country forms (possibly multi-word: "United States", "Saudi Arabia"), and where the rest begins. */
function leadingCountries(run: SentenceToken[], words: string[]): { leadCountries: Array<[number, number, string]>; k: number } {
  let k = 0;
  const leadCountries: Array<[number, number, string]> = [];
  for (;;) {
    let matched = 0;
    for (let len = Math.min(4, run.length - k); len >= 1; len--) {
      const form = words.slice(k, k + len).join(" ");
      const c = COUNTRY_FORMS.get(form);
      if (c) {
        leadCountries.push([k, k + len, c.name]);
        matched = len;
        break;
      }
    }
    if (!matched) break;
    k += matched;
    if (k >= run.length) break;
    if (/['’]s$/i.test(run[k - 1].text)) break;
  }
  return { leadCountries, k };
}

/**
 * Title words: the person is the trailing name after the last title / department word; an organisation head
 * word makes the run an organisation. True when the run was dealt with (including a bare title, dropped).
 */
function titledRun(ctx: SpotContext, rest: SentenceToken[], restLower: string[]): boolean {
  let lastTitle = -1;
  let lastOrgHead = -1;
  restLower.forEach((w, idx) => {
    // a title in the possessive names a place or body after it ("King's Road", "Bishop's Park"), no person
    if (/['’]s$/i.test(rest[idx].text) && idx < rest.length - 1) return;
    if (TITLE_WORDS.has(w) || (DEPT_WORDS.has(w) && lastTitle >= 0)) lastTitle = idx;
    if (isNameHead(w)) lastOrgHead = idx;
  });
  if (lastTitle >= 0) {
    const name = rest.slice(lastTitle + 1);
    const nameWords = name.map((t) => t.text.toLowerCase());
    let firstTitle = restLower.findIndex((w) => TITLE_WORDS.has(w));
    // "Fire Chief", "Police Commissioner", "Health Minister": the service before a title belongs to the title
    while (firstTitle > 0 && (OFFICE_MODIFIERS.has(restLower[firstTitle - 1]) || DEPT_WORDS.has(restLower[firstTitle - 1]))) firstTitle--;
    const prefix = rest.slice(0, firstTitle);
    if (name.length && !nameWords.some(isNameHead) && isCapTok(name[0].text)) {
      if (prefix.length && prefix.some((t) => isCapTok(t.text))) {
        const hasHead = prefix.some((t) => isNameHead(t.text.toLowerCase()));
        pushMention(ctx, prefix, hasHead || isAllCaps(prefix[0].text) ? "organization" : "other", null, false);
      }
      pushMention(ctx, name, "person", null, true);
      return true;
    }
    if (lastOrgHead < 0) return true; // a bare title ("Vice President")
  }
  // a line of business alone ("Ferries like this …") is a common noun, not an organisation
  if (lastOrgHead >= 0 && (rest.length > 1 || ORG_HEADS.has(restLower[0]))) {
    pushMention(ctx, rest, "organization", null, true);
    return true;
  }
  return false;
}

/** Whether a run's shape makes it an organisation: an ampersand ("Smith & Jones"), or a club's opening word ("Sporting …"). */
function isOrgShaped(text: string, rest: SentenceToken[], restLower: string[]): boolean {
  if (rest.length < 2) return false;
  return text.slice(rest[0].start, rest[rest.length - 1].end).includes(" & ") || CLUB_PREFIXES.has(restLower[0]);
}

/** An all-caps run opening a paragraph and followed by the rest of a dateline: the place the story is filed from. */
function isDatelinePlace(text: string, rest: SentenceToken[]): boolean {
  const start = rest[0].start;
  if (start > 0 && text[start - 1] !== "\n") return false;
  return rest.every((t) => isAllCaps(t.text)) && DATELINE_REST.test(text.slice(rest[rest.length - 1].end, rest[rest.length - 1].end + 60));
}

const titleCase = (w: string) => w.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** A run with no title or organisation head: typed by its shape, the word before it and what follows it. */
function plainNameRun(ctx: SpotContext, rest: SentenceToken[], restLower: string[], s: TSentence): void {
  const { text } = ctx;

  const restWords = rest.map((t) => stripPossessive(t).tok.text);
  if (restWords.some((w) => MONTHS.has(w.toLowerCase()) || DAYS.has(w.toLowerCase()))) {
    // "Friday", "December 5": dates are not entities, and the run is dropped whole
    return;
  }
  if (restWords.length === 1 && restWords[0].length < 2) return; // "X", "I"
  if (isDatelinePlace(text, rest)) {
    pushMention(ctx, rest, "place", titleCase(text.slice(rest[0].start, rest[rest.length - 1].end)), true);
    return;
  }
  if (rest.some((t) => isAllCaps(stripPossessive(t).tok.text)) || isOrgShaped(text, rest, restLower)) {
    pushMention(ctx, rest, "organization", null, restWords.length > 1);
    return;
  }
  const prevTok = text.slice(Math.max(s.start, rest[0].start - 12), rest[0].start).match(/([\p{L}]+)\s+$/u);
  const prevWord = prevTok ? prevTok[1].toLowerCase() : "";
  if (NAME_CONNECTORS.has(restLower[0])) {
    pushMention(ctx, rest, PLACE_PREPS.has(prevWord) ? "place" : "other", null, false);
    return;
  }
  // "Cooper's Row": a possessive before the last word, which heads a place's name
  const possessivePlace = rest.length >= 2 && /['’]s$/.test(rest[rest.length - 2].text) && POSSESSIVE_PLACE_HEADS.has(restLower[restLower.length - 1]);
  if (possessivePlace || PLACE_HEADS.has(restLower[restLower.length - 1]) || restLower.some((w) => STATE_HEADS.has(w)) || /^(?:mount|lake|port|fort|saint|st)$/.test(restLower[0]) && restWords.length > 1) {
    pushMention(ctx, rest, "place", null, true);
    return;
  }
  const roleAfter = ROLE_THEN_NAME.exec(text.slice(rest[rest.length - 1].end, rest[rest.length - 1].end + 40));
  if (roleAfter && ROLE_NOUNS.has(roleAfter[1].toLowerCase()) && !/['’]s$/.test(rest[rest.length - 1].text)) {
    // "<Name> president <Person>", "<Name> manager <Person>": the name is the body the person serves
    pushMention(ctx, rest, PLACE_PREPS.has(prevWord) && prevWord !== "from" && prevWord !== "to" ? "place" : "organization", null, restWords.length > 1);
    return;
  }
  if (restWords.length >= 2 && restWords.length <= 4) {
    ctx.guessIdx.add(ctx.raw.length);
    pushMention(ctx, rest, PLACE_PREPS.has(prevWord) && prevWord !== "from" && prevWord !== "to" ? "place" : "person", null, true);
    return;
  }
  if (restWords.length === 1) {
    if (rest[0].initial && !isCamel(restWords[0]) && !isAllCaps(restWords[0])) ctx.weakInitial.add(ctx.raw.length);
    pushMention(ctx, rest, PLACE_PREPS.has(prevWord) ? "place" : "other", null, false);
    return;
  }
  pushMention(ctx, rest, "other", null, false);
}
