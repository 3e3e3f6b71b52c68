import type { TGlobalEntity } from "@/lib/schemas/pipeline";
import type { TGoldArticle, TGoldCrossSource } from "./gold";
import type { PredictionIndex } from "./context";
import { foldName, ratio } from "./text";

export type EntityMiss = { sourceId: string; name: string; type: string; optional: boolean };
export type EntityTypeError = { sourceId: string; name: string; gold: string; predicted: string };
export type EntityUnmatched = { sourceId: string; name: string; type: string };

export type EntityRecall = {
  gold: number;
  found: number;
  recall: number | null;
  optionalGold: number;
  optionalFound: number;
  typeCorrect: number;
  typeAccuracy: number | null;
  predicted: number;
  /** Predicted local entities whose names match no gold entity (not necessarily wrong: gold may be stricter). */
  unmatched: EntityUnmatched[];
  missed: EntityMiss[];
  typeErrors: EntityTypeError[];
  bySource: Record<string, { gold: number; found: number }>;
};

/**
 * Entity recall per article: a gold entity is found when some local entity's name, alias or mention
 * text folds to one of its printed forms (or its canonical name).
 */
export function scoreEntityRecall(golds: TGoldArticle[], pred: PredictionIndex): EntityRecall {
  const out: EntityRecall = {
    gold: 0, found: 0, recall: null, optionalGold: 0, optionalFound: 0, typeCorrect: 0, typeAccuracy: null,
    predicted: 0, unmatched: [], missed: [], typeErrors: [], bySource: {},
  };
  for (const gold of golds) {
    const src = pred.source(gold.file);
    if (!src) continue;
    const locals = src.analysis.entities.map((e) => ({
      e,
      names: new Set(pred.localNames(gold.file, e.key).map(foldName)),
    }));
    out.predicted += locals.length;
    const per = (out.bySource[gold.file] = { gold: 0, found: 0 });
    const usedLocal = new Set<string>();
    for (const ge of gold.entities) {
      const wanted = new Set([ge.name, ...ge.forms].map(foldName));
      const hits = locals.filter((l) => [...l.names].some((n) => wanted.has(n)));
      for (const h of hits) usedLocal.add(h.e.key);
      const optional = ge.optional === true;
      if (optional) out.optionalGold++;
      else {
        out.gold++;
        per.gold++;
      }
      if (hits.length === 0) {
        out.missed.push({ sourceId: gold.file, name: ge.name, type: ge.type, optional });
        continue;
      }
      if (optional) out.optionalFound++;
      else {
        out.found++;
        per.found++;
        const okTypes = new Set([ge.type, ...(ge.altTypes ?? [])]);
        if (hits.some((h) => okTypes.has(h.e.type))) out.typeCorrect++;
        else out.typeErrors.push({ sourceId: gold.file, name: ge.name, gold: ge.type, predicted: hits.map((h) => h.e.type).join("/") });
      }
    }
    for (const l of locals) {
      if (!usedLocal.has(l.e.key)) out.unmatched.push({ sourceId: gold.file, name: l.e.name, type: l.e.type });
    }
  }
  out.recall = ratio(out.found, out.gold);
  out.typeAccuracy = ratio(out.typeCorrect, out.found);
  return out;
}

export type MergeGroupResult = { forms: string[]; ok: boolean; entities: string[]; uncovered: string[] };
export type MergePairResult = { pair: [string, string]; ok: boolean | null; shared: string[] };

export type EntityMerge = {
  groups: number;
  groupsOk: number;
  groupAccuracy: number | null;
  pairs: number;
  pairsOk: number;
  pairsUnresolved: number;
  pairAccuracy: number | null;
  groupResults: MergeGroupResult[];
  pairResults: MergePairResult[];
};

/** Global entities that go by `form` (name, alias, member names/aliases/mention texts). */
export function globalsCovering(form: string, pred: PredictionIndex): TGlobalEntity[] {
  const f = foldName(form);
  return pred.globals.filter((g) => pred.globalNames(g).some((n) => foldName(n) === f));
}

const label = (g: TGlobalEntity) => `${g.name} [${g.id}]`;

/**
 * Merge accuracy: each samePerson group must be covered by exactly one global entity (every form
 * resolves to it and to nothing else); each differentEntities pair must resolve to disjoint entities.
 * Pairs where a name resolves to no entity are "unresolved" and left out of the accuracy.
 */
export function scoreEntityMerge(cross: TGoldCrossSource, pred: PredictionIndex): EntityMerge {
  const groupResults: MergeGroupResult[] = cross.samePerson.map((forms) => {
    const all = new Map<string, TGlobalEntity>();
    const uncovered: string[] = [];
    for (const form of forms) {
      const cov = globalsCovering(form, pred);
      if (cov.length === 0) uncovered.push(form);
      for (const g of cov) all.set(g.id, g);
    }
    return { forms, ok: all.size === 1 && uncovered.length === 0, entities: [...all.values()].map(label), uncovered };
  });
  const pairResults: MergePairResult[] = cross.differentEntities.map(([a, b]) => {
    const A = globalsCovering(a, pred);
    const B = globalsCovering(b, pred);
    if (A.length === 0 || B.length === 0) return { pair: [a, b], ok: null, shared: [] };
    const bIds = new Set(B.map((g) => g.id));
    const shared = A.filter((g) => bIds.has(g.id));
    return { pair: [a, b], ok: shared.length === 0, shared: shared.map(label) };
  });
  const groupsOk = groupResults.filter((g) => g.ok).length;
  const resolved = pairResults.filter((p) => p.ok !== null);
  const pairsOk = resolved.filter((p) => p.ok).length;
  return {
    groups: groupResults.length,
    groupsOk,
    groupAccuracy: ratio(groupsOk, groupResults.length),
    pairs: pairResults.length,
    pairsOk,
    pairsUnresolved: pairResults.length - resolved.length,
    pairAccuracy: ratio(pairsOk, resolved.length),
    groupResults,
    pairResults,
  };
}
