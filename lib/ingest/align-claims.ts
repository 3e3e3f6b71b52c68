/**
 * Cross-source claim alignment. Claims are blocked by (global subject entity, attribute), so cost grows
 * with the size of each block rather than with all pairs of claims; inside a block, claims with the same
 * normalised value are collapsed first and only the distinct values are compared. Each pair of values gets
 * a relation (same / variant / conflict / unrelated) from general, attribute-specific rules: office-word
 * normalisation for roles, durations for time spans, numbers for counts (claim-value-*.ts), TF-IDF cosine
 * for the rest.
 */
import type { TClaim, TClaimAttribute, TClaimGroup, TCrossResolvedDate, TGlobalEntity, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { parseCount } from "./claim-value-counts";
import { placeKind } from "./claim-value-places";
import { PAST_CONTEXT_RE, parseRole } from "./claim-value-roles";
import { datesOverlap, isCalendarDay, parseIsoDate, parseTimeSpan } from "./claim-value-time";
import { resolveDatesAcross } from "./resolve-dates-across";
import { entityCountries, type EntityResolution } from "./resolve-entities";
import { statementsAlign } from "./align-statements";
import { stableId } from "./stable-id";
import { contentTerms, cosine, fold, IdfTable, jaccard, type SparseVector } from "./text-similarity";
import { UnionFind } from "./union-find";

export type ClaimNode = {
  sourceId: string;
  outlet: string;
  claimIndex: number;
  claim: TClaim;
  subjectId: string;
  /** Comparison key of the value: folded normalised value. */
  key: string;
  valueTerms: string[];
  /** Terms of the claim sentence minus the value and subject-name terms: the predicate context. */
  contextTerms: string[];
  valueVec: SparseVector;
  contextVec: SparseVector;
  /** Reference date of the article (ISO), for "since <month>" style spans. */
  refDate: string | null;
  /** The article's own publication date, when it states one. */
  publishedAt: string | null;
  /**
   * Date claims: the calendar date (ISO, at its precision) the claim resolves to, in its own article or across
   * sources (resolve-dates-across); null when unresolved. Always null on other attributes.
   */
  date: string | null;
};

export type Relation = "same" | "variant" | "conflict" | null;
export type ConflictReason = "different_value" | "former_vs_current" | "different_duration" | "different_count" | "different_date";

export type Edge = { a: number; b: number; relation: Exclude<Relation, null>; reason: ConflictReason | null };

export type AlignedGroup = {
  group: TClaimGroup;
  members: ClaimNode[];
  /**
   * Cross-source edges between members printing different values (indices into `members`). Members with one
   * value are one side by construction, so no edges join them. A conflict between two values has an edge for
   * every cross-source pair of their members (each pair is pruned on its own); a variant needs only one, since
   * all members with one value already belong together.
   */
  edges: Edge[];
};

export type Alignment = {
  groups: AlignedGroup[];
  nodes: ClaimNode[];
  idf: IdfTable;
  /** Date claims left unresolved by their article and resolved through another outlet (see resolve-dates-across). */
  resolvedDates: TCrossResolvedDate[];
};

export type AlignOptions = {
  /** Resolve undated articles' weekday dates through other outlets reporting the same event (default true). */
  crossSourceDates?: boolean;
};


const SAME_ACTION_COSINE = 0.45;
const CONTEXT_COSINE = 0.35;
const MAX_PAIRWISE = 250;

function keyOf(c: TClaim): string {
  return fold(c.normalizedValue || c.value)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The relation of two distinct values of one (subject, attribute) block. */
export function relate(a: ClaimNode, b: ClaimNode, attribute: TClaimAttribute): { relation: Relation; reason: ConflictReason | null } {
  if (a.key === b.key) return { relation: "same", reason: null };
  const ctx = cosine(a.contextVec, b.contextVec);
  const val = cosine(a.valueVec, b.valueVec);
  const crossSource = a.sourceId !== b.sourceId;
  if (attribute === "statement" && statementsAlign(a.claim, b.claim)) return { relation: "variant", reason: null };
  switch (attribute) {
    case "role": {
      const ra = parseRole(a.claim.value);
      const rb = parseRole(b.claim.value);
      if (ra.head && rb.head) {
        if (ra.head !== rb.head || ra.rank !== rb.rank) return { relation: null, reason: null };
        const da = new Set(ra.domain);
        const db = new Set(rb.domain);
        const inter = [...da].filter((t) => db.has(t)).length;
        const subset = inter === Math.min(da.size, db.size);
        // a former office and a current one may both be true: only same-tense titles can conflict
        if (crossSource && ra.former === rb.former && da.size > 0 && db.size > 0 && inter === 0 && !a.claim.isCaption && !b.claim.isCaption)
          return { relation: "conflict", reason: "different_value" };
        if (!subset && jaccard(da, db) < 0.34) return { relation: "variant", reason: null };
        if (crossSource && ra.former !== rb.former) {
          const current = ra.former ? b : a;
          if (!PAST_CONTEXT_RE.test(current.claim.text) && !current.claim.isCaption) return { relation: "conflict", reason: "former_vs_current" };
        }
        return { relation: "variant", reason: null };
      }
      if ((ra.head && rb.generic) || (rb.head && ra.generic) || (ra.generic && rb.generic)) return { relation: "variant", reason: null };
      return { relation: val >= 0.5 ? "variant" : null, reason: null };
    }
    case "time_span": {
      const sa = parseTimeSpan(a.claim.value, a.claim.normalizedValue, a.refDate);
      const sb = parseTimeSpan(b.claim.value, b.claim.normalizedValue, b.refDate);
      const similarPredicate = ctx >= CONTEXT_COSINE || sharesRareTerm(a.contextTerms, b.contextTerms);
      if (sa.kind === "period" && sb.kind === "period") {
        if (sa.from === sb.from && sa.to === sb.to) return { relation: "variant", reason: null };
        if (ctx >= 0.5 && crossSource) return { relation: "conflict", reason: "different_duration" };
        return { relation: null, reason: null };
      }
      if (sa.kind === "until_now" && sb.kind === "until_now" && similarPredicate) {
        const ratio = Math.max(sa.lo, sb.lo) / Math.max(1, Math.min(sa.hi, sb.hi));
        if (crossSource && ratio >= 3) return { relation: "conflict", reason: "different_duration" };
        return { relation: "variant", reason: null };
      }
      return { relation: similarPredicate && sa.kind === sb.kind ? "variant" : null, reason: null };
    }
    case "count": {
      const ca = parseCount(a.claim.value, a.claim.normalizedValue);
      const cb = parseCount(b.claim.value, b.claim.normalizedValue);
      const sameThing = ca.thing.length > 0 && jaccard(ca.thing, cb.thing) >= 0.5;
      if (!sameThing) return { relation: null, reason: null };
      // articles published on different days may report an updated figure: not a contradiction
      const sameDay = !a.publishedAt || !b.publishedAt || a.publishedAt === b.publishedAt;
      if (ca.n !== null && cb.n !== null && ca.n !== cb.n && !ca.approx && !cb.approx && crossSource && sameDay && ctx >= 0.2)
        return { relation: "conflict", reason: "different_count" };
      return { relation: "variant", reason: null };
    }
    case "date": {
      // resolved dates compare as calendar dates: the same day printed differently ("Friday" / "late Friday")
      // is one value; two different days of one event (similar sentences, two outlets) cannot both be true
      if (a.date && b.date) {
        if (a.date === b.date || datesOverlap(a.date, b.date)) return { relation: ctx >= CONTEXT_COSINE || a.date === b.date ? "variant" : null, reason: null };
        if (isCalendarDay(a.date) && isCalendarDay(b.date) && ctx >= 0.5 && crossSource) return { relation: "conflict", reason: "different_date" };
        // different days in dissimilar sentences: different events, not one fact worded differently
        return { relation: null, reason: null };
      }
      return { relation: ctx >= CONTEXT_COSINE || val >= 0.5 ? "variant" : null, reason: null };
    }
    case "location": {
      const ka = placeKind(a.claim.value);
      const kb = placeKind(b.claim.value);
      // the same kind of place named more or less specifically: compatible, one fact
      if (ka && kb) return { relation: ka === kb ? "variant" : null, reason: null };
      if ((ka || kb) && val < SAME_ACTION_COSINE) return { relation: null, reason: null };
      return { relation: val >= SAME_ACTION_COSINE ? "variant" : null, reason: null };
    }
    default: {
      if (val >= SAME_ACTION_COSINE) return { relation: "variant", reason: null };
      if (ctx >= 0.6 && val >= 0.2) return { relation: "variant", reason: null };
      return { relation: null, reason: null };
    }
  }
}

function sharesRareTerm(a: string[], b: string[]): boolean {
  const B = new Set(b);
  return a.some((t) => B.has(t) && t.length > 3);
}

// ---------------------------------------------------------------- alignment

export function buildClaimNodes(sources: TSourceAnalysis[], resolution: EntityResolution): { nodes: ClaimNode[]; idf: IdfTable } {
  const subjectOf = new Map<string, string>();
  for (const cs of resolution.claimSubjects) subjectOf.set(`${cs.sourceId}\u0000${cs.claimIndex}`, cs.entityId);
  const anyDate = sources.map((s) => s.analysis.meta.publishedAt).find((d) => d && parseIsoDate(d)) ?? null;
  const idf = new IdfTable();
  const raw: Array<Omit<ClaimNode, "valueVec" | "contextVec">> = [];
  for (const src of sources) {
    const outlet = src.outlet ?? src.analysis.meta.outlet ?? src.sourceId;
    const refDate = src.analysis.meta.publishedAt && parseIsoDate(src.analysis.meta.publishedAt) ? src.analysis.meta.publishedAt : anyDate;
    src.analysis.claims.forEach((claim, claimIndex) => {
      const subjectId = subjectOf.get(`${src.sourceId}\u0000${claimIndex}`) ?? "";
      const subject = resolution.byId.get(subjectId);
      const nameTerms = new Set(subject ? [subject.name, ...subject.aliases].flatMap((n) => contentTerms(n)) : []);
      const valueTerms = contentTerms(claim.normalizedValue ? `${claim.value} ${claim.normalizedValue}` : claim.value);
      const valueSet = new Set(valueTerms);
      const contextTerms = contentTerms(claim.text).filter((t) => !valueSet.has(t) && !nameTerms.has(t));
      idf.add([...valueTerms, ...contextTerms]);
      const publishedAt = src.analysis.meta.publishedAt ?? null;
      const date = claim.attribute === "date" ? (claim.resolvedDate ?? null) : null;
      raw.push({ sourceId: src.sourceId, outlet, claimIndex, claim, subjectId, key: keyOf(claim), valueTerms, contextTerms, refDate, publishedAt, date });
    });
  }
  const nodes: ClaimNode[] = raw.map((n) => ({ ...n, valueVec: idf.vector(n.valueTerms), contextVec: idf.vector(n.contextTerms) }));
  return { nodes, idf };
}

/** Candidate pairs of distinct values in a block: all pairs when small, else pairs sharing a value term. */
function candidatePairs(reps: ClaimNode[], attribute: TClaimAttribute): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (reps.length <= MAX_PAIRWISE) {
    for (let i = 0; i < reps.length; i++) for (let j = i + 1; j < reps.length; j++) pairs.push([i, j]);
    return pairs;
  }
  const index = new Map<string, number[]>();
  reps.forEach((r, i) => {
    const keys = attribute === "role" ? [parseRole(r.claim.value).head ?? "", ...r.valueTerms] : r.valueTerms;
    for (const t of new Set(keys)) if (t) index.set(t, [...(index.get(t) ?? []), i]);
  });
  const seen = new Set<number>();
  for (const list of index.values()) {
    if (list.length > MAX_PAIRWISE) continue; // too common to be informative
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const k = list[x] * reps.length + list[y];
        if (seen.has(k)) continue;
        seen.add(k);
        pairs.push([list[x], list[y]]);
      }
  }
  return pairs;
}

/** Bodies through which a country acts: its police, armed forces, government. One actor for "who did what". */
const STATE_ACTOR_RE = /\b(?:police|army|military|armed forces|navy|troops|soldiers|security forces|government|authorities|administration|presidency)\b/;

/**
 * The country a subject acts for, when the subject is a country itself or one of its state bodies:
 * "X conducted a raid" and "X's police stormed ..." describe one action of one actor.
 */
export function stateActorCountry(e: TGlobalEntity): string | null {
  if (e.type === "person") return null;
  const countries = entityCountries(e);
  if (countries.size !== 1) return null;
  const country = [...countries][0];
  if (e.type === "place") return fold(e.name) === fold(country) ? country : null;
  return STATE_ACTOR_RE.test(fold([e.name, ...e.aliases].join(" "))) ? country : null;
}

/** A group's subject: the entity most of its claims are about; on a tie, the more specific (non-place) one. */
function groupSubject(members: ClaimNode[], resolution: EntityResolution): string {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.subjectId, (count.get(m.subjectId) ?? 0) + 1);
  const isPlace = (id: string) => (resolution.byId.get(id)?.type === "place" ? 1 : 0);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || isPlace(a[0]) - isPlace(b[0]) || (a[0] < b[0] ? -1 : 1))[0][0];
}

export function alignClaims(sources: TSourceAnalysis[], resolution: EntityResolution, options: AlignOptions = {}): Alignment {
  const { nodes, idf } = buildClaimNodes(sources, resolution);
  const blocks = new Map<string, number[]>();
  const actorOf = new Map<string, string>();
  const blockSubject = (subjectId: string, attribute: TClaimAttribute): string => {
    if (attribute !== "action") return subjectId;
    let k = actorOf.get(subjectId);
    if (k === undefined) {
      const e = resolution.byId.get(subjectId);
      const c = e ? stateActorCountry(e) : null;
      k = c ? `country:${c}` : subjectId;
      actorOf.set(subjectId, k);
    }
    return k;
  };
  nodes.forEach((n, i) => {
    const k = `${blockSubject(n.subjectId, n.claim.attribute)}\u0000${n.claim.attribute}`;
    const arr = blocks.get(k);
    if (arr) arr.push(i);
    else blocks.set(k, [i]);
  });

  const groups: AlignedGroup[] = [];
  const usedIds = new Set<string>();
  // date blocks last: undated articles' dates are resolved through the event groups of the other blocks first
  const ordered = [...blocks.values()].sort((x, y) => Number(nodes[x[0]].claim.attribute === "date") - Number(nodes[y[0]].claim.attribute === "date"));
  let resolvedDates: TCrossResolvedDate[] = [];
  let datesResolved = false;
  for (const idxs of ordered) {
    const attribute = nodes[idxs[0]].claim.attribute;
    if (attribute === "date" && !datesResolved) {
      datesResolved = true;
      if (options.crossSourceDates !== false) {
        resolvedDates = resolveDatesAcross(sources, groups.map((g) => g.group));
        applyResolvedDates(nodes, resolvedDates);
      }
    }
    // collapse identical values
    const byKey = new Map<string, number[]>();
    for (const i of idxs) pushTo(byKey, nodes[i].key, i);
    const keys = [...byKey.keys()];
    const reps = keys.map((k) => nodes[byKey.get(k)![0]]);
    const uf = new UnionFind(keys.length);
    const repEdges: Array<{ a: number; b: number; relation: Exclude<Relation, null>; reason: ConflictReason | null }> = [];
    for (const [i, j] of candidatePairs(reps, attribute)) {
      // compare across sources when possible: a conflict needs two different outlets
      const ni = byKey.get(keys[i])!.map((x) => nodes[x]);
      const nj = byKey.get(keys[j])!.map((x) => nodes[x]);
      const a = ni[0];
      const b = nj.find((n) => !ni.some((m) => m.sourceId === n.sourceId)) ?? nj[0];
      const aa = b.sourceId === a.sourceId ? (ni.find((m) => m.sourceId !== b.sourceId) ?? a) : a;
      const { relation, reason } = relate(aa, b, attribute);
      if (!relation) continue;
      uf.union(i, j);
      repEdges.push({ a: i, b: j, relation, reason });
    }
    const comp = new Map<number, number[]>();
    keys.forEach((_, i) => pushTo(comp, uf.find(i), i));
    for (const repIdxs of comp.values()) {
      const members = repIdxs.flatMap((r) => byKey.get(keys[r])!.map((x) => nodes[x]));
      members.sort((x, y) => (x.sourceId < y.sourceId ? -1 : x.sourceId > y.sourceId ? 1 : x.claimIndex - y.claimIndex));
      const pos = new Map(members.map((m, i) => [m, i]));
      const repSet = new Set(repIdxs);
      const edges: Edge[] = [];
      for (const e of repEdges) {
        if (!repSet.has(e.a) || !repSet.has(e.b)) continue;
        crossSourceLoop: for (const x of byKey.get(keys[e.a])!)
          for (const y of byKey.get(keys[e.b])!) {
            if (nodes[x].sourceId === nodes[y].sourceId) continue;
            edges.push({ a: pos.get(nodes[x])!, b: pos.get(nodes[y])!, relation: e.relation, reason: e.reason });
            if (e.relation !== "conflict") break crossSourceLoop;
          }
      }
      // a source that itself prints a compatible value for the conflicting side is not in conflict with it
      pruneSelfContradictions(members, edges);
      const group = makeGroup(groupSubject(members, resolution), attribute, members, edges, usedIds);
      groups.push({ group, members, edges });
    }
  }
  groups.sort((a, b) => (a.group.id < b.group.id ? -1 : 1));
  return { groups, nodes, idf, resolvedDates };
}

/** A date claim resolved across sources compares by its date, as one its own article resolved does. */
function applyResolvedDates(nodes: ClaimNode[], resolved: TCrossResolvedDate[]): void {
  if (resolved.length === 0) return;
  const byRef = new Map(resolved.map((r) => [`${r.sourceId}\u0000${r.claimIndex}`, r.resolvedDate]));
  for (const n of nodes) {
    if (n.claim.attribute !== "date" || n.date) continue;
    const d = byRef.get(`${n.sourceId}\u0000${n.claimIndex}`);
    if (!d) continue;
    n.date = d;
    n.key = keyOf({ ...n.claim, normalizedValue: d });
  }
}

/**
 * If outlet A says "X" and "Y" and outlet B says "Y'" (in conflict with X), B does not contradict A:
 * A itself uses both forms. Drop conflict edges whose current-side outlet also has a same/variant
 * edge to the other side's value (e.g. a caption says "Vice President", the body "former Vice President").
 */
function pruneSelfContradictions(members: ClaimNode[], edges: Edge[]): void {
  const sameSourceKeys = new Map<string, Set<string>>();
  const sourcesOfKey = new Map<string, Set<string>>();
  for (const m of members) {
    addTo(sameSourceKeys, m.sourceId, m.key);
    addTo(sourcesOfKey, m.key, m.sourceId);
  }
  // every outlet printing one value of a compatible pair is compatible with the other value
  const compatible = new Set<string>();
  for (const e of edges) {
    if (e.relation === "conflict") continue;
    const [keyA, keyB] = [members[e.a].key, members[e.b].key];
    for (const source of sourcesOfKey.get(keyA)!) compatible.add(`${source}\u0000${keyB}`);
    for (const source of sourcesOfKey.get(keyB)!) compatible.add(`${source}\u0000${keyA}`);
  }
  for (const e of edges) {
    if (e.relation !== "conflict") continue;
    const A = members[e.a];
    const B = members[e.b];
    const aAlsoSaysB = sameSourceKeys.get(A.sourceId)!.has(B.key) || compatible.has(`${A.sourceId}\u0000${B.key}`);
    const bAlsoSaysA = sameSourceKeys.get(B.sourceId)!.has(A.key) || compatible.has(`${B.sourceId}\u0000${A.key}`);
    if (aAlsoSaysB || bAlsoSaysA) e.relation = "variant";
  }
}

function makeGroup(subjectId: string, attribute: TClaimAttribute, members: ClaimNode[], edges: Edge[], usedIds: Set<string>): TClaimGroup {
  const sourceCount = new Set(members.map((m) => m.sourceId)).size;
  const keyCount = new Map<string, Set<string>>();
  for (const m of members) addTo(keyCount, m.key, m.sourceId);
  const anchor = [...keyCount.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0][0];
  const anchorNode = members.find((m) => m.key === anchor)!;
  let agreement: TClaimGroup["agreement"];
  if (sourceCount < 2) agreement = "single";
  else if (edges.some((e) => e.relation === "conflict")) agreement = "conflict";
  else if (keyCount.size === 1) agreement = "agree";
  else agreement = "variant";
  let id = stableId("grp", subjectId, attribute, anchor);
  if (usedIds.has(id)) id = stableId("grp", subjectId, attribute, anchor, members.map((m) => `${m.sourceId}:${m.claim.start}:${m.claim.valueStart}`).join("|"));
  usedIds.add(id);
  return {
    id,
    subjectEntityId: subjectId,
    attribute,
    label: (attribute === "date" && anchorNode.date) || anchorNode.claim.normalizedValue || anchorNode.claim.value,
    claims: members.map((m) => ({ sourceId: m.sourceId, claimIndex: m.claimIndex })),
    agreement,
  };
}

/** Adds `value` to the set under `key`, creating it (in place: copying the set per member made big groups quadratic). */
function addTo(sets: Map<string, Set<string>>, key: string, value: string): void {
  const set = sets.get(key);
  if (set) set.add(value);
  else sets.set(key, new Set([value]));
}

function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
