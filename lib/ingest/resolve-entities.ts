/**
 * Cross-source entity resolution: merges each article's local entities into global entities, one per
 * real-world referent. Pure and story-agnostic: folding, title stripping, surname and double-surname
 * linking, acronyms; ambiguous links are left unmerged.
 */
import type { TEntityType, TGlobalEntity, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { COUNTRY_FORMS } from "./lexicon-countries";
import { stableId } from "./stable-id";
import { fold, jaroWinkler } from "./text-similarity";
import { UnionFind } from "./union-find";

/** Honorifics and office words that may precede a person's name in print. */
const TITLE_WORDS = new Set(
  `mr mrs ms miss mx dr prof sir dame lord lady president vice-president vp ex-president former ex late acting interim
  minister prime secretary foreign interior senator sen governor gov mayor judge justice general gen colonel col captain
  capt lieutenant lt sergeant sgt commander admiral chancellor premier king queen prince princess sheikh pope cardinal
  bishop archbishop reverend rev professor ambassador envoy consul deputy representative rep congressman congresswoman
  spokesperson spokesman spokeswoman chief head leader director chairman chairwoman candidate presidential
  detective officer inspector sheriff president-elect emir sultan ayatollah rabbi imam pastor father saint st`.split(/\s+/),
);
/** Particles that are part of names but not informative on their own. */
const NAME_PARTICLES = new Set("de del la las los da das do dos di du van von der den bin ibn al el y e le".split(" "));
const ACRONYM_STOP = new Set("of the and for de del la on in at to en".split(" "));
/** Nouns naming the executive a leader heads: "<leader> administration" speaks as that country's government. */
const EXECUTIVE_NOUNS = new Set("administration government cabinet regime".split(" "));
/** Offices whose holder leads a country's executive (a role without "former", "vice", "deputy"). */
const LEADER_OFFICE_RE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|head of (?:state|government))\b/i;
const NOT_LEADER_RE = /\b(?:former|ex|vice|deputy|acting|interim|candidate|elect|late)\b|\bex-|-elect\b|\bvice-/i;

const TYPE_ORDER: TEntityType[] = ["person", "organization", "place", "other"];

type Local = {
  idx: number;
  sourceId: string;
  key: string;
  name: string;
  type: TEntityType;
  /** Printed forms (name + aliases), possessive stripped. */
  printed: string[];
  /** Folded, title-stripped token lists of the printed forms. */
  forms: string[][];
  /** Longest form's tokens. */
  full: string[];
  mentions: number;
};

export type EntityResolution = {
  entities: TGlobalEntity[];
  claimSubjects: Array<{ sourceId: string; claimIndex: number; entityId: string }>;
  quoteSpeakers: Array<{ sourceId: string; quoteIndex: number; entityId: string }>;
  /** Global id of a local entity: key `${sourceId}\u0000${localKey}`. */
  byLocal: Map<string, string>;
  byId: Map<string, TGlobalEntity>;
};

const localKey = (sourceId: string, key: string) => `${sourceId}\u0000${key}`;
const POSS_RE = /['’]s?$/u;
const LEADING_THE_RE = /^the\s+/i;

function cleanPrinted(s: string): string {
  return s.replace(/\s+/g, " ").trim().replace(POSS_RE, "").trim();
}

function nameTokens(printed: string, type: TEntityType): string[] {
  const toks = fold(printed.replace(LEADING_THE_RE, ""))
    .split(/[\s]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, "").replace(/'s$/, ""))
    .filter(Boolean);
  if (type !== "person") return toks;
  let i = 0;
  while (i < toks.length - 1 && TITLE_WORDS.has(toks[i].replace(/\.$/, ""))) i++;
  return toks.slice(i);
}

function initialsOf(tokens: string[]): string {
  return tokens
    .filter((t) => !ACRONYM_STOP.has(t) && !NAME_PARTICLES.has(t))
    .map((t) => t[0])
    .join("");
}

/** Distinctive (non-particle) tokens of a name. */
const informative = (toks: string[]) => toks.filter((t) => !NAME_PARTICLES.has(t));

/** Whether a shorter person name can denote the same person as a longer one. */
function personNameFits(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  const s = informative(short);
  const l = informative(long);
  if (s.length === 0) return false;
  // contiguous run (a double surname "B C" inside "A X B C")
  for (let i = 0; i + s.length <= l.length; i++) {
    if (s.every((t, j) => l[i + j] === t)) {
      // a run starting at the first token must be more than a bare first name
      return !(i === 0 && s.length === 1);
    }
  }
  // first name + one of the surnames ("A B" inside "A X B C")
  if (s.length === 2 && l.length >= 3 && s[0] === l[0] && l.slice(1).includes(s[1])) return true;
  return false;
}

/** Same-length names that differ only by a spelling variant in a surname ("Mohammed bin Salmán"/"Salman"). */
function spellingVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a[0] !== b[0]) return false;
  let diffs = 0;
  for (let i = 1; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i].length < 5 || b[i].length < 5 || jaroWinkler(a[i], b[i]) < 0.94) return false;
    diffs++;
  }
  return diffs === 1;
}

const nonAsciiCount = (s: string) => {
  let n = 0;
  for (const ch of s) if (ch.charCodeAt(0) > 127) n++;
  return n;
};

export function resolveEntities(sources: TSourceAnalysis[]): EntityResolution {
  const locals: Local[] = [];
  for (const src of sources) {
    const counts = new Map<string, number>();
    for (const m of src.analysis.mentions) counts.set(m.entityKey, (counts.get(m.entityKey) ?? 0) + 1);
    for (const e of src.analysis.entities) {
      const printed = [...new Set([e.name, ...e.aliases].map(cleanPrinted).filter(Boolean))];
      const forms = printed.map((p) => nameTokens(p, e.type)).filter((t) => t.length > 0);
      if (forms.length === 0) forms.push([fold(e.name) || fold(e.key)]);
      const full = forms.reduce((a, b) => (b.length > a.length ? b : a), forms[0]);
      locals.push({ idx: locals.length, sourceId: src.sourceId, key: e.key, name: e.name, type: e.type, printed, forms, full, mentions: counts.get(e.key) ?? 0 });
    }
  }

  const uf = new UnionFind(locals.length);
  const isPerson = (l: Local) => l.type === "person";

  // 1. identical folded forms: multi-token person forms; any non-person form
  const formIndex = new Map<string, number>();
  for (const l of locals) {
    for (const f of l.forms) {
      if (isPerson(l) && f.length < 2) continue;
      const k = `${isPerson(l) ? "p" : "n"}|${f.join(" ")}`;
      const prev = formIndex.get(k);
      if (prev === undefined) formIndex.set(k, l.idx);
      else uf.union(prev, l.idx);
    }
  }
  // single-token-only persons with the same token (no full name in their article) — resolved below
  const clusterFull = () => {
    const full = new Map<number, string[]>();
    for (const l of locals) {
      if (!isPerson(l)) continue;
      const r = uf.find(l.idx);
      const cur = full.get(r);
      if (!cur || l.full.length > cur.length) full.set(r, l.full);
    }
    return full;
  };

  // 2. spelling variants of the same full name (surname accents/transliteration beyond folding)
  {
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

  // 3. shorter person names (surname only, double surname, first name + surname) → unique longer name
  {
    const full = clusterFull();
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
      // candidates: clusters holding every informative token of the short name, longer than it
      let cands: number[] | null = null;
      for (const t of inf) {
        const s = tokenIndex.get(t) ?? new Set<number>();
        cands = cands === null ? [...s] : cands.filter((c) => s.has(c));
      }
      const fits = (cands ?? []).filter((c) => c !== root && personNameFits(short, full.get(c)!));
      // several fits can be one person printed at different lengths: keep the maximal names only
      const maximal = fits.filter((c) => !fits.some((d) => d !== c && personNameFits(full.get(c)!, full.get(d)!)));
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

  // 4. acronyms ("UN" ↔ "United Nations", "JFK" ↔ a person's initials) when unique
  {
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

  // 4b. an acronym that extends a leading acronym of a name: "ABC" + "Español" -> "ABCE"
  {
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

  // 5. "<leader> administration/government" is the government of the country that leader heads (from the
  //    role claims of any outlet), when exactly one government entity of that country is known
  linkLeaderExecutives(sources, locals, uf);

  // build global entities
  const clusters = new Map<number, Local[]>();
  for (const l of locals) {
    const r = uf.find(l.idx);
    const arr = clusters.get(r) ?? [];
    arr.push(l);
    clusters.set(r, arr);
  }
  const entities: TGlobalEntity[] = [];
  const byLocal = new Map<string, string>();
  const usedIds = new Set<string>();
  const orderedClusters = [...clusters.values()].sort((a, b) => {
    const ka = `${a[0].sourceId}\u0000${a[0].key}`;
    const kb = `${b[0].sourceId}\u0000${b[0].key}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  for (const members of orderedClusters) {
    const typeCount = new Map<TEntityType, number>();
    for (const m of members) typeCount.set(m.type, (typeCount.get(m.type) ?? 0) + 1);
    const type = [...typeCount.entries()].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0][0];
    const name = displayName(members, type);
    let id = stableId("ent", type, nameTokens(name, type).join(" ") || fold(name));
    if (usedIds.has(id)) id = stableId("ent", type, fold(name), members[0].sourceId, members[0].key);
    usedIds.add(id);
    const aliases = [...new Set(members.flatMap((m) => [m.name, ...m.printed]).map((s) => s.trim()))]
      .filter((s) => s && s !== name)
      .sort();
    const mem = members.map((m) => ({ sourceId: m.sourceId, key: m.key })).sort((a, b) => (a.sourceId + a.key < b.sourceId + b.key ? -1 : 1));
    entities.push({ id, name, type, aliases, members: mem });
    for (const m of members) byLocal.set(localKey(m.sourceId, m.key), id);
  }

  // name lookup for speakers/subjects whose key is missing
  const nameIndex = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const f of [e.name, ...e.aliases]) {
      const k = nameTokens(cleanPrinted(f), e.type).join(" ");
      if (!k) continue;
      const s = nameIndex.get(k) ?? new Set<string>();
      s.add(e.id);
      nameIndex.set(k, s);
    }
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  const lookupName = (name: string | null, type: TEntityType = "person"): string | null => {
    if (!name) return null;
    const hit = nameIndex.get(nameTokens(cleanPrinted(name), type).join(" "));
    return hit && hit.size === 1 ? [...hit][0] : null;
  };

  const claimSubjects: EntityResolution["claimSubjects"] = [];
  const quoteSpeakers: EntityResolution["quoteSpeakers"] = [];
  for (const src of sources) {
    src.analysis.claims.forEach((c, claimIndex) => {
      let entityId = byLocal.get(localKey(src.sourceId, c.subjectKey)) ?? null;
      if (!entityId) {
        // a subject that is not a listed entity: keep it as its own "other" entity
        const name = c.subjectKey.replace(/^[a-z]+:/, "").replace(/[-_]+/g, " ").trim() || c.subjectKey;
        entityId = stableId("ent", "other", fold(name));
        if (!byId.has(entityId)) {
          const e: TGlobalEntity = { id: entityId, name, type: "other", aliases: [], members: [] };
          entities.push(e);
          byId.set(entityId, e);
        }
        byLocal.set(localKey(src.sourceId, c.subjectKey), entityId);
      }
      claimSubjects.push({ sourceId: src.sourceId, claimIndex, entityId });
    });
    src.analysis.quotes.forEach((q, quoteIndex) => {
      const entityId = (q.speakerKey ? byLocal.get(localKey(src.sourceId, q.speakerKey)) : null) ?? lookupName(q.speakerName);
      if (entityId) quoteSpeakers.push({ sourceId: src.sourceId, quoteIndex, entityId });
    });
  }
  return { entities, claimSubjects, quoteSpeakers, byLocal, byId };
}

/** Folded country forms (names, aliases, demonyms) -> country. */
const FOLDED_COUNTRY = (() => {
  const m = new Map<string, string>();
  for (const [form, info] of COUNTRY_FORMS) m.set(fold(form), info.name);
  return m;
})();

/** The countries named by runs of up to three folded tokens. */
function countriesIn(tokens: string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++)
    for (const n of [3, 2, 1]) {
      const c = i + n <= tokens.length ? FOLDED_COUNTRY.get(tokens.slice(i, i + n).join(" ")) : undefined;
      if (c) {
        found.add(c);
        i += n - 1;
        break;
      }
    }
  return found;
}

/** The country a role value names ("Freedonian President" -> Freedonia), when exactly one. */
function countryInRole(value: string): string | null {
  const found = countriesIn(nameTokens(cleanPrinted(value), "other").map((t) => t.replace(/'s$/, "")));
  return found.size === 1 ? [...found][0] : null;
}

/** The country of a government entity ("Government of X", "X's government", "<demonym> government"). */
function governmentCountry(l: Local): string | null {
  if (l.type === "person") return null;
  for (const f of l.forms) {
    if (!f.includes("government")) continue;
    const rest = f.filter((t) => t !== "government" && t !== "of" && t !== "the" && t !== "national" && t !== "federal");
    if (rest.length === 0 || rest.length > 3) continue;
    const c = countriesIn(rest);
    if (c.size === 1 && FOLDED_COUNTRY.has(rest.join(" "))) return [...c][0];
  }
  return null;
}

function linkLeaderExecutives(sources: TSourceAnalysis[], locals: Local[], uf: UnionFind): void {
  const execs = locals.filter((l) => l.type !== "person" && l.forms.some((f) => f.length >= 2 && EXECUTIVE_NOUNS.has(f[f.length - 1])));
  if (execs.length === 0) return;
  const localIdx = new Map(locals.map((l) => [localKey(l.sourceId, l.key), l.idx]));
  // countries each person cluster leads, from role claims
  const leads = new Map<number, Set<string>>();
  for (const src of sources)
    for (const c of src.analysis.claims) {
      if (c.attribute !== "role" || !LEADER_OFFICE_RE.test(c.value) || NOT_LEADER_RE.test(c.value)) continue;
      const idx = localIdx.get(localKey(src.sourceId, c.subjectKey));
      if (idx === undefined || locals[idx].type !== "person") continue;
      const country = countryInRole(c.value);
      if (!country) continue;
      const r = uf.find(idx);
      leads.set(r, new Set([...(leads.get(r) ?? []), country]));
    }
  const govByCountry = new Map<string, Set<number>>();
  for (const l of locals) {
    const c = governmentCountry(l);
    if (c) govByCountry.set(c, new Set([...(govByCountry.get(c) ?? []), uf.find(l.idx)]));
  }
  const personForms = new Map<string, Set<number>>();
  for (const l of locals) {
    if (l.type !== "person") continue;
    for (const f of l.forms) {
      const k = f.join(" ");
      personForms.set(k, new Set([...(personForms.get(k) ?? []), uf.find(l.idx)]));
    }
  }
  for (const e of execs) {
    for (const f of e.forms) {
      if (f.length < 2 || !EXECUTIVE_NOUNS.has(f[f.length - 1])) continue;
      const persons = personForms.get(f.slice(0, -1).join(" "));
      if (!persons || persons.size !== 1) continue;
      const countries = leads.get([...persons][0]);
      if (!countries || countries.size !== 1) continue;
      const govs = govByCountry.get([...countries][0]);
      if (govs && govs.size === 1 && !govs.has(uf.find(e.idx))) uf.union(e.idx, [...govs][0]);
      break;
    }
  }
}

/** The most complete, most frequent printed form; diacritics kept when an outlet printed them. */
function displayName(members: Local[], type: TEntityType): string {
  type Cand = { printed: string; tokens: string[]; sources: Set<string>; asName: number };
  const cands = new Map<string, Cand>();
  for (const m of members) {
    const localName = cleanPrinted(m.name);
    for (const p of m.printed) {
      const tokens = nameTokens(p, type);
      if (tokens.length === 0) continue;
      // strip leading titles from the printed form too (keep original casing/diacritics)
      const words = p.replace(LEADING_THE_RE, "").split(/\s+/);
      const printed = type === "person" ? words.slice(Math.max(0, words.length - tokens.length)).join(" ") : p;
      const c = cands.get(printed) ?? { printed, tokens, sources: new Set<string>(), asName: 0 };
      c.sources.add(m.sourceId);
      if (p === localName) c.asName++;
      cands.set(printed, c);
    }
  }
  const list = [...cands.values()];
  if (list.length === 0) return members[0].name;
  const maxLen = Math.max(...list.map((c) => c.tokens.length));
  const longest = list.filter((c) => c.tokens.length === maxLen);
  // group by folded form; pick the folded form used by most sources
  const byFold = new Map<string, Cand[]>();
  for (const c of longest) {
    const k = c.tokens.join(" ");
    byFold.set(k, [...(byFold.get(k) ?? []), c]);
  }
  const support = (cs: Cand[]) => new Set(cs.flatMap((c) => [...c.sources])).size;
  const asName = (cs: Cand[]) => cs.reduce((n, c) => n + c.asName, 0);
  // the extractor's chosen name in each article outranks an alias (a country name over its demonym)
  const bestGroup = [...byFold.entries()].sort(
    (a, b) => asName(b[1]) - asName(a[1]) || support(b[1]) - support(a[1]) || (a[0] < b[0] ? -1 : 1),
  )[0][1];
  bestGroup.sort(
    (a, b) =>
      b.sources.size - a.sources.size ||
      nonAsciiCount(b.printed) - nonAsciiCount(a.printed) ||
      (a.printed < b.printed ? -1 : a.printed > b.printed ? 1 : 0),
  );
  return bestGroup[0].printed;
}

/** Countries a global entity's names name ("Foreign Ministry of X", "X's government", the country itself). */
export function entityCountries(e: TGlobalEntity): Set<string> {
  const out = new Set<string>();
  for (const n of [e.name, ...e.aliases]) for (const c of countriesIn(nameTokens(cleanPrinted(n), "other").map((t) => t.replace(/'s$/, "")))) out.add(c);
  return out;
}
