/**
 * Publication dates in story assignment: coverage of one event is published within days of it, so an
 * article far from a story's date range is unlikely to belong to it. Unknown dates never penalise.
 */

/** Farther than this from a story's date range, an article cannot join the story. */
export const MAX_DATE_GAP_DAYS = 21;
/** Within this many days of the range, no penalty. */
const DATE_GRACE_DAYS = 3;
/** The score factor at MAX_DATE_GAP_DAYS; it falls linearly from 1 after the grace days. */
const FACTOR_AT_MAX_GAP = 0.6;

const DAY_MS = 86_400_000;
const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD), or null when there is none. */
export function dayNumberOf(isoDate: string | null | undefined): number | null {
  const m = isoDate ? ISO_DAY_RE.exec(isoDate) : null;
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : null;
}

/** Days from `day` to the range [first, last]; 0 inside it or when any of them is unknown. */
export function dateDistanceDays(day: number | null, first: number | null, last: number | null): number {
  if (day === null || first === null || last === null) return 0;
  return Math.max(0, first - day, day - last);
}

/** The score factor for a distance in days: 1 within the grace days, FACTOR_AT_MAX_GAP at the window's edge, 0 beyond. */
export function dateFactor(distanceDays: number): number {
  if (distanceDays > MAX_DATE_GAP_DAYS) return 0;
  if (distanceDays <= DATE_GRACE_DAYS) return 1;
  const along = (distanceDays - DATE_GRACE_DAYS) / (MAX_DATE_GAP_DAYS - DATE_GRACE_DAYS);
  return 1 - along * (1 - FACTOR_AT_MAX_GAP);
}
