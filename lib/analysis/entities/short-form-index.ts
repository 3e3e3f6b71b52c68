/**
 * The longer names of an article indexed by the shorter forms they may be printed in, so a short mention
 * finds the one name it stands for with a map lookup: a person's surname, double surname or first name; a
 * company or club without its line of business or designator ("Acme" for "Acme Foods", "Westford" for
 * "Westford FC"); a vessel or club without its prefix ("Aurora" for "MV Aurora"); an organisation's head
 * word ("the Guild"); initials. A short form that fits two names is left alone. A first name alone is read
 * after the rest (firstNameOf), once every surname has found its person.
 */
import { CLUB_PREFIXES, NAME_CONNECTORS, ORG_HEADS, ORG_NAME_HEADS } from "../../lexicons/roles";
import type { Ent } from "./merge-entity-mentions";
import type { RawMention } from "./raw-mentions";
import { isAllCaps } from "./sentence-tokens";
import { fold } from "../../text/text-patterns";

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

/** Short forms are at most this many words: a longer run is never printed alone as a short form (and a hostile run stays linear). */
const MAX_FORM_WORDS = 6;
/** A form that fits more names than this is ambiguous whatever the mention: it keeps no candidates. */
const MAX_NAMES_PER_FORM = 16;

/** A short all-caps word before a name: a vessel's or club's prefix ("MV", "HMS", "FC"). */
const isDesignator = (printed: string) => printed.length <= 4 && isAllCaps(printed);

export class ShortFormIndex {
  private readonly byForm = new Map<string, Ent[]>();
  private readonly crowded = new Set<string>();

  constructor(private readonly places: Set<string>) {}

  /** Whether the article uses this folded word as a place ("in <Word>", a country, a dateline). */
  isPlaceWord(word: string): boolean {
    return this.places.has(word);
  }

  /** Registers a name under its proper prefixes, proper suffixes and initials. */
  add(e: Ent): void {
    const n = e.tokens.length;
    if (n < 2) return;
    for (let i = 1; i < n && i <= MAX_FORM_WORDS; i++) {
      this.put(e.tokens.slice(0, i).join(" "), e);
      this.put(e.tokens.slice(n - i).join(" "), e);
    }
    this.put(`ini|${initials(e.name)}`, e);
    const head = headInitials(e.name);
    if (head) this.put(`ini|${head}`, e);
  }

  /** The one longer name a mention with no entity of its own is a short form of; undefined when none or several. */
  longNameOf(m: RawMention, toks: string[]): Ent | undefined {
    const form = toks.join(" ");
    const cands = this.byForm.get(form) ?? [];
    const single = toks.length === 1 && m.type !== "place";
    // a surname fitting two people is ambiguous: no other reading is tried
    const surnames = cands.filter((x) => x.type === "person" && endsWith(x.tokens, toks));
    if (surnames.length) return only(surnames);
    // "the Guild" after "the Westland Drivers Guild": the head word of exactly one organisation named earlier
    const guild = single && ORG_HEADS.has(form) ? only(cands.filter((x) => x.type === "organization" && endsWith(x.tokens, toks))) : undefined;
    if (guild) return guild;
    if (!this.places.has(form)) {
      const body = only(cands.filter((x) => x.type !== "person" && x.type !== "place" && this.isBodyShortForm(x, toks)));
      if (body) return body;
    }
    return toks.length === 1 && isAllCaps(m.canon) ? only(this.byForm.get(`ini|${m.canon.replace(/\./g, "")}`) ?? []) : undefined;
  }

  /**
   * "Acme" of "Acme Foods" / "Westford FC" (the rest a line of business or designator); "Aurora" of "MV Aurora"
   * (a prefix, club word or place before it); the last word of an organisation's name.
   */
  private isBodyShortForm(x: Ent, toks: string[]): boolean {
    const n = toks.length;
    if (startsWith(x.tokens, toks)) return x.tokens.slice(n).every((w) => ORG_NAME_HEADS.has(w));
    if (!endsWith(x.tokens, toks)) return false;
    // an organisation's last word is its short form ("Wanderers" of "Westford Wanderers"), unless a connector makes it
    // a place or field ("… of Westland"); other names need a prefix that says so
    if (x.type === "organization" && n === 1) return !ORG_NAME_HEADS.has(toks[0]) && !x.tokens.some((w) => NAME_CONNECTORS.has(w));
    const printed = x.name.split(/\s+/);
    return x.tokens.slice(0, x.tokens.length - n).every((w, i) => isDesignator(printed[i] ?? "") || CLUB_PREFIXES.has(w) || this.places.has(w));
  }

  /**
   * The person a lone first name stands for ("Jane" in a quote about "Jane Doe"): the one person of that first
   * name whose surname the article also prints alone, so "<Town> Gazette" is never taken for "<Town>".
   */
  firstNameOf(word: string): Ent | undefined {
    if (this.places.has(word)) return undefined;
    const cands = (this.byForm.get(word) ?? []).filter((x) => x.type === "person");
    if (cands.some((x) => endsWith(x.tokens, [word]))) return undefined;
    return only(cands.filter((x) => x.tokens[0] === word && [...x.forms].some((f) => isSurnameForm(x, f))));
  }

  /** A name's forms are all put by one `add`: a repeat of the same name is the list's last entry. */
  private put(form: string, e: Ent): void {
    if (this.crowded.has(form)) return;
    const list = this.byForm.get(form);
    if (!list) this.byForm.set(form, [e]);
    else if (list[list.length - 1] !== e) {
      if (list.length < MAX_NAMES_PER_FORM) list.push(e);
      else {
        this.crowded.add(form);
        this.byForm.delete(form);
      }
    }
  }
}

/** The entity of a one-entity list; undefined when the list is empty or holds several. */
const only = (list: Ent[]): Ent | undefined => (list.length === 1 ? list[0] : undefined);

/** Whether a printed form of a person is a proper suffix of the name: the surname alone. */
function isSurnameForm(x: Ent, printed: string): boolean {
  const toks = fold(printed.replace(/['’]s$/, "")).split(/\s+/);
  return endsWith(x.tokens, toks);
}

const startsWith = (long: string[], short: string[]) => long.length > short.length && short.every((t, i) => long[i] === t);
const endsWith = (long: string[], short: string[]) => long.length > short.length && short.every((t, i) => long[long.length - short.length + i] === t);
