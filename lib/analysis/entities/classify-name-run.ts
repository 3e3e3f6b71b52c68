/**
 * What a run of capitalised words names: leading country forms become places, a title before a name makes
 * a person, an organisation head word an organisation, place heads and prepositions a place; dates and bare
 * titles are not entities. Unknown 2-4 word names are guessed persons.
 */
import type { TSentence } from "@/lib/schemas/pipeline";
import { COUNTRY_FORMS } from "../../lexicons/countries";
import { DAYS, MONTHS, NAME_CONNECTORS, ORG_HEADS, ROLE_NOUNS, STOP_CAPS, TITLE_WORDS } from "../../lexicons/roles";
import { pushMention, type SpotContext } from "./raw-mentions";
import { isAllCaps, isCamel, isCapTok, stripPossessive, type SentenceToken } from "./sentence-tokens";

/** Words that belong to an office name ("Secretary of Foreign Affairs") rather than a person's name. */
const DEPT_WORDS = new Set(
  "affairs relations foreign interior state defense defence justice finance health education commerce trade labor labour agriculture energy security transport environment treasury home external public works general staff armed forces".split(
    " ",
  ),
);
const PLACE_HEADS = new Set(
  "river lake mountain mountains mount valley island islands bay sea ocean gulf strait canal street avenue road square county province region district desert peninsula coast beach bridge airport harbor harbour hills falls creek city town village state territory".split(" "),
);
const PLACE_PREPS = new Set("in at near from to into outside inside across throughout toward towards via".split(" "));

/** A lower-case role noun followed by a capitalised name: " president Jane Doe". */
const ROLE_THEN_NAME = /^[ \u00A0]+([\p{Ll}-]+)[ \u00A0]+[\p{Lu}]/u;

export function classifyRun(ctx: SpotContext, runIn: SentenceToken[], s: TSentence): void {
  const run = trimRun(runIn, ctx.midCaps);
  if (!run.length) return;

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

/** Drops leading function words and sentence-initial common words, and trailing connectors. */
function trimRun(runIn: SentenceToken[], midCaps: Set<string>): SentenceToken[] {
  let run = runIn.slice();
  // leading function words / sentence-initial common words
  while (run.length) {
    const t = stripPossessive(run[0]).tok.text;
    const lw = t.toLowerCase();
    if (STOP_CAPS.has(lw) || NAME_CONNECTORS.has(lw) && run.length === 1) {
      run = run.slice(1);
      continue;
    }
    // a sentence-initial word not known as a name elsewhere stays only when a capitalised word follows it
    const nextCap = run.length > 1 && isCapTok(run[1].text);
    if (run[0].initial && !COUNTRY_FORMS.has(t) && !midCaps.has(t) && !isCamel(t) && !isAllCaps(t) && !nextCap) {
      run = run.slice(1);
      continue;
    }
    break;
  }
  // trailing connectors
  while (run.length && !isCapTok(run[run.length - 1].text)) run.pop();
  return run;
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
    if (TITLE_WORDS.has(w) || (DEPT_WORDS.has(w) && lastTitle >= 0)) lastTitle = idx;
    if (ORG_HEADS.has(w)) lastOrgHead = idx;
  });
  if (lastTitle >= 0) {
    const name = rest.slice(lastTitle + 1);
    const nameWords = name.map((t) => t.text.toLowerCase());
    const firstTitle = restLower.findIndex((w) => TITLE_WORDS.has(w));
    const prefix = rest.slice(0, firstTitle);
    if (name.length && !nameWords.some((w) => ORG_HEADS.has(w)) && isCapTok(name[0].text)) {
      if (prefix.length && prefix.some((t) => isCapTok(t.text))) {
        const hasHead = prefix.some((t) => ORG_HEADS.has(t.text.toLowerCase()));
        pushMention(ctx, prefix, hasHead || isAllCaps(prefix[0].text) ? "organization" : "other", null, false);
      }
      pushMention(ctx, name, "person", null, true);
      return true;
    }
    if (lastOrgHead < 0) return true; // a bare title ("Vice President")
  }
  if (lastOrgHead >= 0) {
    pushMention(ctx, rest, "organization", null, true);
    return true;
  }
  return false;
}

/** A run with no title or organisation head: typed by its shape, the word before it and what follows it. */
function plainNameRun(ctx: SpotContext, rest: SentenceToken[], restLower: string[], s: TSentence): void {
  const { text } = ctx;

  const restWords = rest.map((t) => stripPossessive(t).tok.text);
  if (restWords.some((w) => MONTHS.has(w.toLowerCase()) || DAYS.has(w.toLowerCase()))) {
    // "Friday", "December 5": dates are not entities, and the run is dropped whole
    return;
  }
  if (restWords.length === 1 && restWords[0].length < 2) return; // "X", "I"
  if (rest.some((t) => isAllCaps(stripPossessive(t).tok.text))) {
    pushMention(ctx, rest, "organization", null, restWords.length > 1);
    return;
  }
  const prevTok = text.slice(Math.max(s.start, rest[0].start - 12), rest[0].start).match(/([\p{L}]+)\s+$/u);
  const prevWord = prevTok ? prevTok[1].toLowerCase() : "";
  if (NAME_CONNECTORS.has(restLower[0])) {
    pushMention(ctx, rest, PLACE_PREPS.has(prevWord) ? "place" : "other", null, false);
    return;
  }
  if (PLACE_HEADS.has(restLower[restLower.length - 1]) || /^(?:mount|lake|port|fort|saint|st)$/.test(restLower[0]) && restWords.length > 1) {
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
