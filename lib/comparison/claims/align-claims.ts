/**
 * Cross-source claim alignment. Claims are blocked by (global subject entity, attribute), so cost grows
 * with the size of each block rather than with all pairs of claims; inside a block, claims with the same
 * normalised value are collapsed first and only the distinct values are compared. Each pair of values gets
 * a relation (same / variant / conflict / unrelated) from relate-claim-values.ts; each connected set of
 * values becomes one group. Which claims meet which: claim-blocks.ts.
 */
import type { TClaimAttribute, TClaimGroup, TCrossResolvedDate, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { candidatePairs, claimBlocks } from "./claim-blocks";
import { buildClaimNodes, claimValueKey, type ClaimNode } from "./claim-nodes";
import { relate, type ConflictReason, type Relation } from "./relate-claim-values";
import { resolveDatesAcross } from "./resolve-dates-across";
import type { EntityResolution } from "../entities/resolve-entities";
import { stableId } from "../../text/stable-id";
import type { IdfTable } from "../../text/text-similarity";
import { UnionFind } from "../../text/union-find";

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

export function alignClaims(sources: TSourceAnalysis[], resolution: EntityResolution, options: AlignOptions = {}): Alignment {
  const { nodes, idf } = buildClaimNodes(sources, resolution);
  const groups: AlignedGroup[] = [];
  const usedIds = new Set<string>();
  let resolvedDates: TCrossResolvedDate[] = [];
  let datesResolved = false;
  for (const idxs of claimBlocks(nodes, resolution)) {
    if (nodes[idxs[0]].claim.attribute === "date" && !datesResolved) {
      datesResolved = true;
      if (options.crossSourceDates !== false) {
        resolvedDates = resolveDatesAcross(sources, groups.map((g) => g.group));
        applyResolvedDates(nodes, resolvedDates);
      }
    }
    for (const g of alignBlock(nodes, idxs, resolution, usedIds)) groups.push(g);
  }
  groups.sort((a, b) => (a.group.id < b.group.id ? -1 : 1));
  return { groups, nodes, idf, resolvedDates };
}

/** One block's groups: claims with one value collapse, each connected set of related values is a group. */
function alignBlock(nodes: ClaimNode[], idxs: number[], resolution: EntityResolution, usedIds: Set<string>): AlignedGroup[] {
  const attribute = nodes[idxs[0]].claim.attribute;
  const byKey = new Map<string, number[]>();
  for (const i of idxs) pushTo(byKey, nodes[i].key, i);
  const valueNodes = [...byKey.values()].map((list) => list.map((x) => nodes[x]));
  const { uf, valueEdges } = relateValues(valueNodes, attribute);
  const comp = new Map<number, number[]>();
  valueNodes.forEach((_, i) => pushTo(comp, uf.find(i), i));
  const groups: AlignedGroup[] = [];
  for (const valueIdxs of comp.values()) {
    const members = valueIdxs.flatMap((r) => valueNodes[r]);
    members.sort((x, y) => (x.sourceId < y.sourceId ? -1 : x.sourceId > y.sourceId ? 1 : x.claimIndex - y.claimIndex));
    const edges = memberEdges(members, new Set(valueIdxs), valueEdges, valueNodes);
    // a source that itself prints a compatible value for the conflicting side is not in conflict with it
    pruneSelfContradictions(members, edges);
    const group = makeGroup(groupSubject(members, resolution), attribute, members, edges, usedIds);
    groups.push({ group, members, edges });
  }
  return groups;
}

/** Relates a block's distinct values (each a list of nodes) pairwise; related values join one set. */
function relateValues(valueNodes: ClaimNode[][], attribute: TClaimAttribute): { uf: UnionFind; valueEdges: Edge[] } {
  const uf = new UnionFind(valueNodes.length);
  const valueEdges: Edge[] = [];
  for (const [i, j] of candidatePairs(valueNodes.map((v) => v[0]), attribute)) {
    // compare across sources when possible: a conflict needs two different outlets
    const ni = valueNodes[i];
    const nj = valueNodes[j];
    const a = ni[0];
    const b = nj.find((n) => !ni.some((m) => m.sourceId === n.sourceId)) ?? nj[0];
    const aa = b.sourceId === a.sourceId ? (ni.find((m) => m.sourceId !== b.sourceId) ?? a) : a;
    const { relation, reason } = relate(aa, b, attribute);
    if (!relation) continue;
    uf.union(i, j);
    valueEdges.push({ a: i, b: j, relation, reason });
  }
  return { uf, valueEdges };
}

/** The group's cross-source member edges from its value edges: every pair for a conflict, one pair for the rest. */
function memberEdges(members: ClaimNode[], inGroup: Set<number>, valueEdges: Edge[], valueNodes: ClaimNode[][]): Edge[] {
  const pos = new Map(members.map((m, i) => [m, i]));
  const edges: Edge[] = [];
  for (const e of valueEdges) {
    if (!inGroup.has(e.a) || !inGroup.has(e.b)) continue;
    crossSourceLoop: for (const x of valueNodes[e.a])
      for (const y of valueNodes[e.b]) {
        if (x.sourceId === y.sourceId) continue;
        edges.push({ a: pos.get(x)!, b: pos.get(y)!, relation: e.relation, reason: e.reason });
        if (e.relation !== "conflict") break crossSourceLoop;
      }
  }
  return edges;
}

/** A group's subject: the entity most of its claims are about; on a tie, the more specific (non-place) one. */
function groupSubject(members: ClaimNode[], resolution: EntityResolution): string {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.subjectId, (count.get(m.subjectId) ?? 0) + 1);
  const isPlace = (id: string) => (resolution.byId.get(id)?.type === "place" ? 1 : 0);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || isPlace(a[0]) - isPlace(b[0]) || (a[0] < b[0] ? -1 : 1))[0][0];
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
    n.key = claimValueKey({ ...n.claim, normalizedValue: d });
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
