/**
 * Raw mentions merged into one entity per name: longest and surest names first, so a later short form
 * ("Doe", "the Guild", an initialism) finds the one longer name it stands for; a bracketed initialism joins
 * the name printed just before it.
 */
import type { TEntityType } from "@/lib/schemas/pipeline";
import { NAME_CONNECTORS, ORG_HEADS } from "../../lexicons/roles";
import type { RawMention, SpotContext } from "./raw-mentions";
import { isAllCaps } from "./sentence-tokens";
import { fold } from "../../text/text-patterns";

export type Ent = { key: string; name: string; type: TEntityType; forms: Set<string>; tokens: string[]; strong: boolean };

/** The entities so far, their index by canonical key, and the entity of each raw mention (null: dropped). */
export type EntityTable = { ents: Ent[]; byCanon: Map<string, Ent>; mentionEnt: Array<Ent | null> };

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}

/** An all-caps head word plus the initials of the rest: "ABC World Service" → "ABCWS"; null without such a head. */
function headInitials(name: string): string | null {
  const [head, ...rest] = name.split(/\s+/);
  if (!rest.length || !isAllCaps(head)) return null;
  const tail = initials(rest.join(" "));
  return tail ? head.replace(/\./g, "") + tail : null;
}

const canonKey = (m: RawMention) => (m.type === "organization" ? "org|" : "x|") + fold(m.canon);

export function mergeMentions(ctx: SpotContext): EntityTable {
  const { raw, weakInitial, guessIdx } = ctx;
  const ents: Ent[] = [];
  const byCanon = new Map<string, Ent>();
  const mentionEnt: Array<Ent | null> = raw.map(() => null);

  const order = raw.map((_, i) => i).sort((a, b) => {
    const ta = raw[a].canon.split(/\s+/).length;
    const tb = raw[b].canon.split(/\s+/).length;
    return tb - ta || Number(raw[b].strong) - Number(raw[a].strong) || raw[a].start - raw[b].start;
  });
  const guessedPerson = new Set<Ent>();
  for (const idx of order) {
    const m = raw[idx];
    const folded = fold(m.canon);
    const toks = folded.split(/[\s]+/);
    let e = byCanon.get(canonKey(m)) ?? byCanon.get(`x|${folded}`) ?? byCanon.get(`org|${folded}`);
    if (!e && (m.type !== "place" || !m.strong)) e = shortFormOf(ents, m, toks);
    if (!e && weakInitial.has(idx)) continue;
    if (!e) {
      e = { key: "", name: m.canon, type: m.type, forms: new Set(), tokens: toks, strong: m.strong };
      ents.push(e);
      byCanon.set(canonKey(m), e);
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
  return { ents, byCanon, mentionEnt };
}

/**
 * The entity a name with no entity of its own is a short form of: the last names of one longer person
 * name, the head word of one organisation, or the initials of one name.
 */
function shortFormOf(ents: Ent[], m: RawMention, toks: string[]): Ent | undefined {
  // short form of a longer person name (surname, or the last two names of a four-part name)
  const cands = ents.filter(
    (x) => x.type === "person" && x.tokens.length > toks.length && x.tokens.join(" ").endsWith(" " + toks.join(" ")),
  );
  const uniq = new Set(cands.map((c) => c.key || c.name));
  if (uniq.size === 1) return cands[0];
  if (toks.length === 1 && m.type !== "place") {
    // "the Guild" after "the Westland Drivers Guild": the head word of exactly one organisation named earlier
    const orgs = ents.filter((x) => x.type === "organization" && x.tokens.length > 1 && x.tokens[x.tokens.length - 1] === toks[0]);
    if (orgs.length === 1 && ORG_HEADS.has(toks[0])) return orgs[0];
  }
  if (toks.length === 1 && isAllCaps(m.canon)) {
    const bare = m.canon.replace(/\./g, "");
    const ini = ents.filter((x) => x.tokens.length >= 2 && (initials(x.name) === bare || headInitials(x.name) === bare));
    if (ini.length === 1) return ini[0];
  }
  return undefined;
}

/** Parenthetical initialisms: "Full Name (ABC)" makes ABC a form of the entity named just before it. */
export function mergeParentheticalInitialisms(text: string, raw: RawMention[], mentionEnt: Array<Ent | null>): void {

raw.forEach((m, idx) => {
  const e = mentionEnt[idx];
  if (!e) return;
  if (!isAllCaps(m.text) || e.tokens.length > 1) return;
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  if (before !== " (" && before !== "(") return;
  const prev = raw.filter((r) => r.end <= m.start - 1 && r.end >= m.start - 3);
  if (prev.length) {
    const target = mentionEnt[raw.indexOf(prev[0])];
    if (target && target !== e) {
      mentionEnt.forEach((x, i) => {
        if (x === e) mentionEnt[i] = target;
      });
      for (const f of e.forms) target.forms.add(f);
      e.forms.clear();
    }
  }
});
}
