/**
 * Whether two outlets' values of one aligned fact can both be true: equal after normalisation is agreement
 * ("six" = "6", "1.6 miles" ≈ "2.6 km", "€3m" = "3 million euros"), an approximate or vague figure that
 * covers a precise one is agreement with a difference of precision, and values that cannot overlap are a
 * conflict. Rounding is allowed where the units printed differ (a conversion), never between two exact
 * counts in the same unit.
 */
import { UNITS } from "@/lib/lexicons/units";
import type { TFactDetail } from "@/lib/schemas/pipeline";

export type ValueRelation = "equal" | "compatible" | "conflict";

type Interval = { low: number; high: number };

function interval(f: TFactDetail, widen: boolean): Interval {
  let low = f.low ?? -Infinity;
  let high = f.high ?? Infinity;
  if (widen && f.precision) {
    low -= f.precision;
    high += f.precision;
  }
  return { low, high };
}

/** Quantities (and ages, ranks): overlap of their intervals, widened by printed precision across units. */
export function compareQuantities(a: TFactDetail, b: TFactDetail): ValueRelation {
  if (a.dimension === "tally" || b.dimension === "tally") {
    return a.low === b.low && a.high === b.high ? "equal" : "conflict";
  }
  // rounding is allowed only across units that convert ("1.6 miles" vs "2.6 km"), not across spellings of one
  const factor = (f: TFactDetail) => (f.printedUnit ? UNITS.get(f.printedUnit)?.factor ?? 1 : 1);
  const widen = factor(a) !== factor(b);
  const ia = interval(a, widen);
  const ib = interval(b, widen);
  // money printed in other words ("€4.2m" vs "4.2 million euros") is exact: a hair of float tolerance
  const eps = 1e-9 * Math.max(1, Math.abs(ia.low), Math.abs(ib.low));
  if (ia.high + eps < ib.low || ib.high + eps < ia.low) return "conflict";
  const exactA = a.low !== null && a.low === a.high && !a.approx;
  const exactB = b.low !== null && b.low === b.high && !b.approx;
  if (exactA && exactB) return "equal";
  if (!a.approx && !b.approx && a.low === b.low && a.high === b.high) return "equal";
  return widen && exactA && exactB ? "equal" : "compatible";
}

/** Times: intervals of minutes that do not overlap are a conflict; a day and an hour inside it agree. */
export function compareTimes(a: TFactDetail, b: TFactDetail): ValueRelation {
  if (a.from == null || a.to == null || b.from == null || b.to == null) return "compatible";
  if (a.to <= b.from || b.to <= a.from) return "conflict";
  return a.from === b.from && a.to === b.to ? "equal" : "compatible";
}
