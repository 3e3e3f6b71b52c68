/**
 * Raw mentions merged into one entity per name: longest and surest names first, so a later short form
 * ("Doe", "the Guild", an initialism) finds the one longer name it stands for; a bracketed initialism joins
 * the name printed just before it.
 */
import type { TEntityType } from "@/lib/schemas/pipeline";
import type { RawMention, SpotContext } from "./raw-mentions";
import { isAllCaps } from "./sentence-tokens";
import { ShortFormIndex } from "./short-form-index";
import { fold, wordBefore } from "../../text/text-patterns";

export type Ent = { key: string; name: string; type: TEntityType; forms: Set<string>; tokens: string[]; strong: boolean };

/** The entities so far, their index by canonical key, and the entity of each raw mention (null: dropped). */
export type EntityTable = { ents: Ent[]; byCanon: Map<string, Ent>; mentionEnt: Array<Ent | null> };

const canonKey = (m: RawMention) => (m.type === "organization" ? "org|" : "x|") + fold(m.canon);

export function mergeMentions(ctx: SpotContext): EntityTable {
  const { raw, weakInitial, guessIdx } = ctx;
  const ents: Ent[] = [];
  const byCanon = new Map<string, Ent>();
  const mentionEnt: Array<Ent | null> = raw.map(() => null);
  const shortForms = new ShortFormIndex(placeWords(ctx));

  // longest names first (counted once per mention, not per comparison), strong before weak, then in text order
  const words = raw.map((m) => m.canon.split(/\s+/).length);
  const order = raw.map((_, i) => i).sort((a, b) => words[b] - words[a] || Number(raw[b].strong) - Number(raw[a].strong) || raw[a].start - raw[b].start);
  const guessedPerson = new Set<Ent>();
  for (const idx of order) {
    const m = raw[idx];
    const folded = fold(m.canon);
    const toks = folded.split(/[\s]+/);
    let e = byCanon.get(canonKey(m)) ?? byCanon.get(`x|${folded}`) ?? byCanon.get(`org|${folded}`);
    if (!e && (m.type !== "place" || !m.strong)) e = shortForms.longNameOf(m, toks);
    if (!e && weakInitial.has(idx)) continue;
    if (!e) {
      e = { key: "", name: m.canon, type: m.type, forms: new Set(), tokens: toks, strong: m.strong };
      ents.push(e);
      byCanon.set(canonKey(m), e);
      shortForms.add(e);
    } else if (e.type === "other" && m.type !== "other") {
      e.type = m.type;
    } else if (e.type === "place" && !e.strong && m.type === "person") {
      e.type = "person";
    } else if (e.type === "person" && m.type === "organization" && guessedPerson.has(e)) {
      // a multi-word name first guessed a person is an organisation once it heads "<Name> president <Person>"
      e.type = "organization";
    }
    if (m.type === "person" && guessIdx.has(idx) && e.forms.size === 0) guessedPerson.add(e);
    e.forms.add(m.text);
    mentionEnt[idx] = e;
  }
  // "<Place> <Word>" ("Springfield Wanderers", "Springfield Gazette") names a body of that place, not a person
  for (const e of guessedPerson) if (e.type === "person" && shortForms.isPlaceWord(e.tokens[0])) e.type = "organization";
  mergeFirstNames(ctx, ents, mentionEnt, shortForms);
  return { ents, byCanon, mentionEnt };
}

/** Lone first names ("Jane", kept apart or dropped as sentence-initial) join the one person they name. */
function mergeFirstNames(ctx: SpotContext, ents: Ent[], mentionEnt: Array<Ent | null>, shortForms: ShortFormIndex): void {
  const target = new Map<Ent, Ent>();
  for (const e of ents) {
    if (e.tokens.length !== 1 || e.type === "place" || e.type === "organization" || !e.forms.size) continue;
    const p = shortForms.firstNameOf(e.tokens[0]);
    if (p) target.set(e, p);
  }
  ctx.raw.forEach((m, idx) => {
    const e = mentionEnt[idx];
    const p = e ? target.get(e) : ctx.weakInitial.has(idx) && m.type !== "place" ? shortForms.firstNameOf(fold(m.canon)) : undefined;
    if (!p) return;
    p.forms.add(m.text);
    mentionEnt[idx] = p;
  });
  for (const e of target.keys()) e.forms.clear();
}

/** Nouns after which "in <Name>" is a holding or a part, not a location: "shares in", "a stake in". */
const NON_PLACE_IN = new Set("shares share stake stakes holding holdings investment investments interest interests invested invest role".split(" "));

/** "in <Name>" as a location: the word before is "in", and the one before that is no holding noun. */
function isInPlace(text: string, start: number): boolean {
  if (wordBefore(text, start) !== "in") return false;
  const inAt = text.lastIndexOf("in", start);
  return !NON_PLACE_IN.has(wordBefore(text, inAt));
}

/** Single words the article uses as places: after "in", or as a place it is sure of (a country, a dateline). */
function placeWords(ctx: SpotContext): Set<string> {
  const out = new Set<string>();
  for (const m of ctx.raw) {
    if (m.type !== "place" || /\s/.test(m.canon)) continue;
    if (m.strong || isInPlace(ctx.text, m.start)) out.add(fold(m.canon));
  }
  return out;
}

/**
 * Parenthetical initialisms: "Full Name (ABC)" makes ABC a form of the entity named just before it. Mentions
 * are found by where they end and merged entities redirected, so the pass stays linear.
 */
export function mergeParentheticalInitialisms(text: string, raw: RawMention[], mentionEnt: Array<Ent | null>): void {
  const firstEndingAt = new Map<number, number>();
  raw.forEach((r, i) => {
    if (!firstEndingAt.has(r.end)) firstEndingAt.set(r.end, i);
  });
  const redirect = new Map<Ent, Ent>();
  const resolve = (x: Ent): Ent => {
    while (redirect.has(x)) x = redirect.get(x)!;
    return x;
  };
  raw.forEach((m, idx) => {
    const cur = mentionEnt[idx];
    if (!cur) return;
    const e = resolve(cur);
    if (!isAllCaps(m.text) || e.tokens.length > 1) return;
    const before = text.slice(Math.max(0, m.start - 2), m.start);
    if (before !== " (" && before !== "(") return;
    // the name ending one to three characters before the initialism, first in spotting order
    const prevIdx = [m.start - 3, m.start - 2, m.start - 1].map((end) => firstEndingAt.get(end)).filter((i) => i !== undefined).sort((a, b) => a - b)[0];
    const t = prevIdx === undefined ? null : mentionEnt[prevIdx];
    const target = t ? resolve(t) : null;
    if (!target || target === e) return;
    redirect.set(e, target);
    for (const f of e.forms) target.forms.add(f);
    e.forms.clear();
  });
  if (redirect.size) mentionEnt.forEach((x, i) => {
    if (x) mentionEnt[i] = resolve(x);
  });
}
