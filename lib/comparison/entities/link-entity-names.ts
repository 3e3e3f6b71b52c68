/**
 * Links between local entities of all sources that their names alone justify: identical folded forms,
 * spelling variants, shorter person names, acronyms. A link is made only when it is unambiguous.
 */
import type { LocalEntity } from "./entity-locals";
import { CLUB_PREFIXES, NAME_DESIGNATORS, ORG_NAME_HEADS } from "../../lexicons/roles";
import { informative, initialsOf, nameTokens, personNameFits, spellingVariant } from "./entity-names";
import type { UnionFind } from "../../text/union-find";

const isPerson = (l: LocalEntity) => l.type === "person";

/** Runs every name-based link in order: each later step sees the clusters the earlier ones made. */
export function linkByNames(locals: LocalEntity[], uf: UnionFind): void {
  linkIdenticalForms(locals, uf);
  linkBodyShortForms(locals, uf);
  linkSpellingVariants(locals, uf);
  linkShorterPersonNames(locals, uf);
  linkAcronyms(locals, uf);
  linkExtendedAcronyms(locals, uf);
}

/**
 * Identical folded forms: any multi-token form, whatever type each outlet guessed ("Westford Wanderers" a person
 * in one article and a club in another is one name); a single-token non-person form.
 */
function linkIdenticalForms(locals: LocalEntity[], uf: UnionFind): void {
  const formIndex = new Map<string, number>();
  for (const l of locals) {
    for (const f of l.forms) {
      if (isPerson(l) && f.length < 2) continue;
      const k = `${f.length >= 2 ? "m" : "n"}|${f.join(" ")}`;
      const prev = formIndex.get(k);
      if (prev === undefined) formIndex.set(k, l.idx);
      else uf.union(prev, l.idx);
    }
  }
}

/**
 * A one-word name an outlet prints alone ("Acme", "Westford") and the one organisation another outlet names
 * in full with a line of business or designator after it ("Acme Foods", "Westford FC") or a designator before
 * it ("FC Westford"). Places are left alone: a town gives its name to its club.
 */
function linkBodyShortForms(locals: LocalEntity[], uf: UnionFind): void {
  const byShort = new Map<string, Set<number>>();
  for (const l of locals) {
    if (l.type !== "organization") continue;
    for (const f of l.forms) {
      const short = bodyShortForm(f);
      if (!short) continue;
      const s = byShort.get(short) ?? new Set<number>();
      s.add(uf.find(l.idx));
      byShort.set(short, s);
    }
  }
  // a word some outlet uses as a place is the town the body is named after, in every outlet
  const placeRoots = new Set(locals.filter((l) => l.type === "place").map((l) => uf.find(l.idx)));
  for (const l of locals) {
    if (isPerson(l) || l.type === "place" || l.full.length !== 1 || placeRoots.has(uf.find(l.idx))) continue;
    const roots = byShort.get(l.full[0]);
    if (roots && roots.size === 1) uf.union(l.idx, [...roots][0]);
  }
}

/** The distinctive word of "<Word> <line of business|designator>" or "<designator> <Word>"; null for other names. */
function bodyShortForm(form: string[]): string | null {
  if (form.length !== 2) return null;
  if (ORG_NAME_HEADS.has(form[1]) && !ORG_NAME_HEADS.has(form[0])) return form[0];
  if (CLUB_PREFIXES.has(form[0]) || NAME_DESIGNATORS.has(form[0])) return form[1];
  return null;
}

/** Spelling variants of the same full name (surname accents/transliteration beyond folding). */
function linkSpellingVariants(locals: LocalEntity[], uf: UnionFind): void {
  const byFirst = new Map<string, number[]>();
  for (const l of locals) if (isPerson(l) && l.full.length >= 2) {
    const k = `${l.full[0]}|${l.full.length}`;
    const arr = byFirst.get(k) ?? [];
    arr.push(l.idx);
    byFirst.set(k, arr);
  }
  for (const idxs of byFirst.values()) {
    if (idxs.length > 50) continue; // pathological block: skip fuzzy matching
    for (let i = 0; i < idxs.length; i++)
      for (let j = i + 1; j < idxs.length; j++)
        if (spellingVariant(locals[idxs[i]].full, locals[idxs[j]].full)) uf.union(idxs[i], idxs[j]);
  }
}

/** The longest full name of each person cluster, by root. */
function clusterFull(locals: LocalEntity[], uf: UnionFind): Map<number, string[]> {
  const full = new Map<number, string[]>();
  for (const l of locals) {
    if (!isPerson(l)) continue;
    const r = uf.find(l.idx);
    const cur = full.get(r);
    if (!cur || l.full.length > cur.length) full.set(r, l.full);
  }
  return full;
}

/**
 * Shorter person names (surname only, double surname, first name + surname) → the unique longer name.
 * Single-token-only persons with the same token and no longer fit (no full name in their article) join each other.
 */
function linkShorterPersonNames(locals: LocalEntity[], uf: UnionFind): void {
  const full = clusterFull(locals, uf);
  const tokenIndex = new Map<string, Set<number>>();
  for (const [root, toks] of full) for (const t of informative(toks)) {
    const s = tokenIndex.get(t) ?? new Set<number>();
    s.add(root);
    tokenIndex.set(t, s);
  }
  const roots = [...full.keys()].sort((a, b) => full.get(a)!.length - full.get(b)!.length);
  const links: Array<[number, number]> = [];
  const pendingSurnames = new Map<string, number[]>();
  for (const root of roots) {
    const short = full.get(root)!;
    const inf = informative(short);
    if (inf.length === 0) continue;
    const maximal = longerFits(root, short, inf, full, tokenIndex);
    if (maximal.length === 1) links.push([root, maximal[0]]);
    else if (maximal.length === 0 && short.length === 1) {
      const arr = pendingSurnames.get(short[0]) ?? [];
      arr.push(root);
      pendingSurnames.set(short[0], arr);
    }
  }
  for (const [a, b] of links) uf.union(a, b);
  for (const arr of pendingSurnames.values()) for (let i = 1; i < arr.length; i++) uf.union(arr[0], arr[i]);
}

/** More longer names than this for one short name: it names none of them (and their pairs are never compared). */
const MAX_FITS = 32;

/** The longer person clusters a short name fits, keeping only the maximal names among them. */
function longerFits(root: number, short: string[], inf: string[], full: Map<number, string[]>, tokenIndex: Map<string, Set<number>>): number[] {
  // candidates: clusters holding every informative token of the short name, longer than it
  // from the rarest token's clusters, kept when they hold the others too: never a copy of a common token's set
  const sets = inf.map((t) => tokenIndex.get(t) ?? new Set<number>()).sort((a, b) => a.size - b.size);
  const cands = [...sets[0]].filter((c) => sets.every((s) => s.has(c)));
  const fits = cands.filter((c) => c !== root && personNameFits(short, full.get(c)!));
  // a short name that fits this many longer names is ambiguous whatever their lengths: no pairwise test
  if (fits.length > MAX_FITS) return fits;
  // several fits can be one person printed at different lengths: keep the maximal names only
  return fits.filter((c) => !fits.some((d) => d !== c && personNameFits(full.get(c)!, full.get(d)!)));
}

/** Acronyms ("UN" ↔ "United Nations", "JFK" ↔ a person's initials) when unique. */
function linkAcronyms(locals: LocalEntity[], uf: UnionFind): void {
  const rootsBy = new Map<string, Set<number>>();
  for (const l of locals) {
    if (l.full.length < 2) continue;
    const ini = initialsOf(l.full);
    if (ini.length < 2) continue;
    const k = `${isPerson(l) ? "p" : "n"}|${ini}`;
    const s = rootsBy.get(k) ?? new Set<number>();
    s.add(uf.find(l.idx));
    rootsBy.set(k, s);
  }
  for (const l of locals) {
    for (const p of l.printed) {
      const t = p.replace(/\./g, "");
      if (!/^\p{Lu}{2,6}$/u.test(t)) continue;
      const need = isPerson(l) ? 3 : 2;
      if (t.length < need) continue;
      const roots = rootsBy.get(`${isPerson(l) ? "p" : "n"}|${t.toLowerCase()}`);
      if (roots && roots.size === 1) uf.union(l.idx, [...roots][0]);
    }
  }
}

/** An acronym that extends a leading acronym of a name: "ABC" + "Español" -> "ABCE". */
function linkExtendedAcronyms(locals: LocalEntity[], uf: UnionFind): void {
  const byAcr = new Map<string, Set<number>>();
  for (const l of locals) {
    if (isPerson(l)) continue;
    for (const p of l.printed) {
      const ws = p.split(/\s+/);
      if (ws.length < 2 || !/^\p{Lu}{2,5}$/u.test(ws[0])) continue;
      const rest = initialsOf(nameTokens(ws.slice(1).join(" "), l.type));
      if (!rest) continue;
      const k = (ws[0] + rest).toLowerCase();
      const s = byAcr.get(k) ?? new Set<number>();
      s.add(uf.find(l.idx));
      byAcr.set(k, s);
    }
  }
  for (const l of locals) {
    if (isPerson(l)) continue;
    for (const p of l.printed) {
      if (!/^\p{Lu}{3,8}$/u.test(p)) continue;
      const roots = byAcr.get(p.toLowerCase());
      if (roots && roots.size === 1) uf.union(l.idx, [...roots][0]);
    }
  }
}
