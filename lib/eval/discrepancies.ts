import type { TDiscrepancy } from "@/lib/schemas/pipeline";
import type { NameBook, TGoldCrossSource, TGoldDiscrepancy, TGoldNotConflict } from "./gold";
import type { PredictionIndex } from "./context";
import { clip, foldName, ratio } from "./text";

export type KindRecall = { gold: number; found: number; recall: number | null };

export type DiscrepancyMiss = {
  kind: string;
  subject: string;
  attribute: string;
  sources: string[];
  note: string;
  /** Predicted discrepancies that would match if the kind were ignored: "kind: summary". */
  foundAsOtherKind: string[];
};

export type PredictedConflict = { id: string; subject: string; attribute: string; sources: string[]; summary: string; mustNot: string | null };

export type DiscrepancyScores = {
  gold: number;
  found: number;
  recall: number | null;
  byKind: Record<string, KindRecall>;
  predicted: number;
  predictedByKind: Record<string, number>;
  /** Found gold items whose matched prediction has a different attribute label. */
  attributeMismatches: { gold: string; predicted: string }[];
  missed: DiscrepancyMiss[];
  /** Predicted conflicts matching a mustNotFlagAsConflict entry. */
  falseConflicts: PredictedConflict[];
  /** Predicted conflicts matched by no gold conflict (includes falseConflicts). */
  unmatchedConflicts: PredictedConflict[];
  /** Predicted attribution discrepancies matching a mustNotFlagAsAttribution entry (and no gold item). */
  falseAttributions: PredictedConflict[];
  /** Predicted non-conflict discrepancies matched by no gold item, for inspection. */
  unmatchedOther: { kind: string; subject: string; attribute: string; summary: string }[];
};

/** Sources a predicted discrepancy involves: its items' sources plus the sources it says are missing. */
export function involvedSources(d: TDiscrepancy): Set<string> {
  return new Set([...d.items.map((i) => i.sourceId), ...d.missingSourceIds]);
}

/** The subject's names; for items that cite a quote (attributions), also the names of that quote's speaker. */
function subjectNames(d: TDiscrepancy, pred: PredictionIndex): string[] {
  const out = [d.subject];
  const g = pred.global(d.subjectEntityId);
  if (g) out.push(g.name);
  for (const it of d.items) if (it.quoteIndex !== null) out.push(...pred.quoteSpeakerNames(it.sourceId, it.quoteIndex));
  return out;
}

function attributeOk(d: TDiscrepancy, g: { attribute: string; alsoAttributes?: string[] }): boolean {
  const a = foldName(d.attribute);
  return [g.attribute, ...(g.alsoAttributes ?? [])].some((x) => foldName(x) === a);
}

function sharesSources(involved: Set<string>, wanted: string[]): boolean {
  const n = wanted.filter((s) => involved.has(s)).length;
  return n >= Math.min(2, wanted.length);
}

/** Does predicted `d` match gold `g` (same attribute, subject, sources), ignoring the kind? */
export function matchesGold(d: TDiscrepancy, g: TGoldDiscrepancy, pred: PredictionIndex, names: NameBook): boolean {
  if (!attributeOk(d, g)) return false;
  const involved = involvedSources(d);
  if (!sharesSources(involved, g.sources)) return false;
  if ((g.mustInclude ?? []).some((s) => !involved.has(s))) return false;
  if (g.kind === "omission" && (g.missingFrom ?? []).some((s) => !d.missingSourceIds.includes(s))) return false;
  return names.matches(subjectNames(d, pred), g.subject, g.alsoSubjects ?? []);
}

/** Does predicted `d` fall under a "must not flag" entry (same attribute, subject, two of its sources)? */
export function matchesNotConflict(d: TDiscrepancy, m: TGoldNotConflict, pred: PredictionIndex, names: NameBook): boolean {
  if (!attributeOk(d, m)) return false;
  if (!sharesSources(involvedSources(d), m.sources)) return false;
  return names.matches(subjectNames(d, pred), m.subject, m.alsoSubjects ?? []);
}

/**
 * Discrepancy recall by kind (one-to-one, preferring a prediction with the same attribute) and the
 * conflicts the pipeline raised that a careful reader would not.
 */
export function scoreDiscrepancies(cross: TGoldCrossSource, pred: PredictionIndex, names: NameBook): DiscrepancyScores {
  const predicted = pred.input.comparison?.discrepancies ?? [];
  const out: DiscrepancyScores = {
    gold: cross.discrepancies.length, found: 0, recall: null, byKind: {}, predicted: predicted.length, predictedByKind: {},
    attributeMismatches: [], missed: [], falseConflicts: [], falseAttributions: [], unmatchedConflicts: [], unmatchedOther: [],
  };
  for (const d of predicted) out.predictedByKind[d.kind] = (out.predictedByKind[d.kind] ?? 0) + 1;

  const used = new Set<number>();
  const matchedGoldConflict = new Set<number>();
  // Gold items with fewer candidates first, so a broad prediction does not starve a narrow gold item.
  const order = cross.discrepancies
    .map((g, gi) => ({ g, gi, cands: predicted.map((d, pi) => ({ d, pi })).filter(({ d }) => d.kind === g.kind && matchesGold(d, g, pred, names)) }))
    .sort((a, b) => a.cands.length - b.cands.length);
  const foundGold = new Set<number>();
  for (const { g, gi, cands } of order) {
    const free = cands.filter(({ pi }) => !used.has(pi));
    const best = free.find(({ d }) => foldName(d.attribute) === foldName(g.attribute)) ?? free[0];
    // (all candidates share an accepted attribute; prefer the primary one)
    if (!best) continue;
    used.add(best.pi);
    foundGold.add(gi);
    if (g.kind === "conflict") matchedGoldConflict.add(best.pi);
    if (foldName(best.d.attribute) !== foldName(g.attribute)) {
      out.attributeMismatches.push({ gold: `${g.kind} ${g.subject} ${g.attribute}`, predicted: `${best.d.kind} ${best.d.subject} ${best.d.attribute}: ${clip(best.d.summary, 70)}` });
    }
  }
  cross.discrepancies.forEach((g, gi) => {
    const k = (out.byKind[g.kind] ??= { gold: 0, found: 0, recall: null });
    k.gold++;
    if (foundGold.has(gi)) {
      k.found++;
      out.found++;
      return;
    }
    out.missed.push({
      kind: g.kind, subject: g.subject, attribute: g.attribute, sources: g.sources, note: g.note,
      foundAsOtherKind: predicted.filter((d) => d.kind !== g.kind && matchesGold(d, g, pred, names)).map((d) => `${d.kind}: ${clip(d.summary, 70)}`),
    });
  });
  for (const k of Object.values(out.byKind)) k.recall = ratio(k.found, k.gold);
  out.recall = ratio(out.found, out.gold);

  predicted.forEach((d, pi) => {
    if (d.kind !== "conflict") {
      if (used.has(pi)) return;
      out.unmatchedOther.push({ kind: d.kind, subject: d.subject, attribute: d.attribute, summary: clip(d.summary, 100) });
      const ma = d.kind === "attribution" ? cross.mustNotFlagAsAttribution.find((x) => matchesNotConflict(d, x, pred, names)) : undefined;
      if (ma) {
        out.falseAttributions.push({
          id: d.id, subject: d.subject, attribute: d.attribute, sources: [...involvedSources(d)].sort(),
          summary: clip(d.summary, 110), mustNot: clip(ma.note, 90),
        });
      }
      return;
    }
    if (matchedGoldConflict.has(pi)) return;
    const m = cross.mustNotFlagAsConflict.find((x) => matchesNotConflict(d, x, pred, names));
    const row: PredictedConflict = {
      id: d.id, subject: d.subject, attribute: d.attribute, sources: [...involvedSources(d)].sort(),
      summary: clip(d.summary, 110), mustNot: m ? clip(m.note, 90) : null,
    };
    out.unmatchedConflicts.push(row);
    if (m) out.falseConflicts.push(row);
  });
  return out;
}
