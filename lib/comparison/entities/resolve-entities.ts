/**
 * Cross-source entity resolution: merges each article's local entities into global entities, one per
 * real-world referent. Pure and story-agnostic: folding, title stripping, surname and double-surname
 * linking, acronyms (link-entity-names.ts), leaders' administrations (link-leader-executives.ts); ambiguous
 * links are left unmerged.
 */
import type { TEntityType, TGlobalEntity, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { collectLocals, localKey, type LocalEntity } from "./entity-locals";
import { cleanPrinted, nameTokens, withoutLeadingThe } from "./entity-names";
import { linkByNames } from "./link-entity-names";
import { linkLeaderExecutives } from "./link-leader-executives";
import { stableId } from "../../text/stable-id";
import { fold } from "../../text/text-similarity";
import { UnionFind } from "../../text/union-find";

const TYPE_ORDER: TEntityType[] = ["person", "organization", "place", "other"];

export type EntityResolution = {
  entities: TGlobalEntity[];
  claimSubjects: Array<{ sourceId: string; claimIndex: number; entityId: string }>;
  quoteSpeakers: Array<{ sourceId: string; quoteIndex: number; entityId: string }>;
  /** Global id of a local entity: key `${sourceId}\u0000${localKey}`. */
  byLocal: Map<string, string>;
  byId: Map<string, TGlobalEntity>;
};

export function resolveEntities(sources: TSourceAnalysis[]): EntityResolution {
  const locals = collectLocals(sources);
  const uf = new UnionFind(locals.length);
  linkByNames(locals, uf);
  linkLeaderExecutives(sources, locals, uf);
  const { entities, byLocal } = globalEntities(locals, uf);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const { claimSubjects, quoteSpeakers } = attachClaimsAndQuotes(sources, entities, byLocal, byId);
  return { entities, claimSubjects, quoteSpeakers, byLocal, byId };
}

/** One global entity per cluster of local entities, in the order of each cluster's first member. */
function globalEntities(locals: LocalEntity[], uf: UnionFind): { entities: TGlobalEntity[]; byLocal: Map<string, string> } {
  const clusters = new Map<number, LocalEntity[]>();
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
  return { entities, byLocal };
}

/**
 * The global subject of every claim and speaker of every quote. A claim subject that is no listed entity
 * becomes its own "other" entity (added to `entities`, `byLocal`, `byId`); a speaker without a key is
 * looked up by name.
 */
function attachClaimsAndQuotes(
  sources: TSourceAnalysis[],
  entities: TGlobalEntity[],
  byLocal: Map<string, string>,
  byId: Map<string, TGlobalEntity>,
): Pick<EntityResolution, "claimSubjects" | "quoteSpeakers"> {
  const lookupName = nameLookup(entities);
  const claimSubjects: EntityResolution["claimSubjects"] = [];
  const quoteSpeakers: EntityResolution["quoteSpeakers"] = [];
  for (const src of sources) {
    src.analysis.claims.forEach((c, claimIndex) => {
      // a general fact about no named entity has no subject to resolve
      if (c.subjectKey === null) return;
      let entityId = byLocal.get(localKey(src.sourceId, c.subjectKey)) ?? null;
      if (!entityId) {
        // a subject that is not a listed entity: keep it as its own "other" entity
        const key = c.subjectKey;
        const name = key.replace(/^[a-z]+:/, "").replace(/[-_]+/g, " ").trim() || key;
        entityId = stableId("ent", "other", fold(name));
        if (!byId.has(entityId)) {
          const e: TGlobalEntity = { id: entityId, name, type: "other", aliases: [], members: [] };
          entities.push(e);
          byId.set(entityId, e);
        }
        byLocal.set(localKey(src.sourceId, key), entityId);
      }
      claimSubjects.push({ sourceId: src.sourceId, claimIndex, entityId });
    });
    src.analysis.quotes.forEach((q, quoteIndex) => {
      const entityId = (q.speakerKey ? byLocal.get(localKey(src.sourceId, q.speakerKey)) : null) ?? lookupName(q.speakerName);
      if (entityId) quoteSpeakers.push({ sourceId: src.sourceId, quoteIndex, entityId });
    });
  }
  return { claimSubjects, quoteSpeakers };
}

/** Name lookup for speakers/subjects whose key is missing: the one entity printing that name, else null. */
function nameLookup(entities: TGlobalEntity[]): (name: string | null, type?: TEntityType) => string | null {
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
  return (name: string | null, type: TEntityType = "person"): string | null => {
    if (!name) return null;
    const hit = nameIndex.get(nameTokens(cleanPrinted(name), type).join(" "));
    return hit && hit.size === 1 ? [...hit][0] : null;
  };
}

type NameCandidate = { printed: string; tokens: string[]; sources: Set<string>; asName: number };

/** The most complete, most frequent printed form; diacritics kept when an outlet printed them. */
function displayName(members: LocalEntity[], type: TEntityType): string {
  const list = nameCandidates(members, type);
  if (list.length === 0) return members[0].name;
  const maxLen = Math.max(...list.map((c) => c.tokens.length));
  const longest = list.filter((c) => c.tokens.length === maxLen);
  // group by folded form; pick the folded form used by most sources
  const byFold = new Map<string, NameCandidate[]>();
  for (const c of longest) {
    const k = c.tokens.join(" ");
    byFold.set(k, [...(byFold.get(k) ?? []), c]);
  }
  const support = (cs: NameCandidate[]) => new Set(cs.flatMap((c) => [...c.sources])).size;
  const asName = (cs: NameCandidate[]) => cs.reduce((n, c) => n + c.asName, 0);
  // the extractor's chosen name in each article outranks an alias (a country name over its demonym)
  const bestGroup = [...byFold.entries()].sort(
    (a, b) => asName(b[1]) - asName(a[1]) || support(b[1]) - support(a[1]) || (a[0] < b[0] ? -1 : 1),
  )[0][1];
  bestGroup.sort(
    (a, b) =>
      b.sources.size - a.sources.size ||
      shoutedCount(a.printed) - shoutedCount(b.printed) ||
      nonAsciiCount(b.printed) - nonAsciiCount(a.printed) ||
      (a.printed < b.printed ? -1 : a.printed > b.printed ? 1 : 0),
  );
  return bestGroup[0].printed;
}

/** Every printed form of the cluster as a candidate name, with the sources printing it and how often it is an article's name. */
function nameCandidates(members: LocalEntity[], type: TEntityType): NameCandidate[] {
  const cands = new Map<string, NameCandidate>();
  for (const m of members) {
    const localName = cleanPrinted(m.name);
    for (const p of m.printed) {
      const tokens = nameTokens(p, type);
      if (tokens.length === 0) continue;
      // strip leading titles from the printed form too (keep original casing/diacritics)
      const words = withoutLeadingThe(p).split(/\s+/);
      const printed = type === "person" ? words.slice(Math.max(0, words.length - tokens.length)).join(" ") : p;
      const c = cands.get(printed) ?? { printed, tokens, sources: new Set<string>(), asName: 0 };
      c.sources.add(m.sourceId);
      if (p === localName) c.asName++;
      cands.set(printed, c);
    }
  }
  return [...cands.values()];
}

/** Words printed all in capitals beyond an initialism ("SPRINGFIELD" in a dateline): a name's display prefers none. */
const shoutedCount = (s: string) => s.split(/\s+/).filter((w) => w.length > 4 && w === w.toUpperCase() && w !== w.toLowerCase()).length;

const nonAsciiCount = (s: string) => {
  let n = 0;
  for (const ch of s) if (ch.charCodeAt(0) > 127) n++;
  return n;
};
