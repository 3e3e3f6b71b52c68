/**
 * Time values of claims: time spans ("for seven years", "since March", "between 2001 and 2005") read as
 * durations or periods, and ISO dates compared at their precision.
 */
import { NUMBER_WORDS } from "./claim-value-counts";
import { fold, plainWords } from "../../text/text-similarity";

const VAGUE_FEW = new Set(["few", "several", "some", "couple", "handful"]);
const UNIT_DAYS = new Map<string, number>([
  ["hour", 1 / 24], ["day", 1], ["night", 1], ["week", 7], ["month", 30.4], ["year", 365], ["decade", 3650],
]);
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR = new Map<string, number>(MONTHS.flatMap((m, i) => [[m, i], [m.slice(0, 3), i]] as Array<[string, number]>));
const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const YEAR_RANGE_RE = /\b(1[89]\d\d|20\d\d)\b[^\d]{1,12}\b(1[89]\d\d|20\d\d)\b/;
const DAY_ISO_RE = /^\d{4}-\d{2}-\d{2}$/;

export type SpanInfo =
  | { kind: "until_now"; lo: number; hi: number } // duration in days up to the reference date
  | { kind: "period"; from: number; to: number } // closed period in years
  | { kind: "unknown" };

/** An ISO date at year, month or day precision as its first day (UTC); null when not ISO. */
export function parseIsoDate(iso: string | null): Date | null {
  if (!iso) return null;
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
}

export function parseTimeSpan(value: string, normalized: string, refIso: string | null): SpanInfo {
  const text = `${value} ${normalized}`;
  const ys = YEAR_RANGE_RE.exec(fold(text));
  if (ys) return { kind: "period", from: +ys[1], to: +ys[2] };
  const ws = plainWords(value);
  const since = ws.indexOf("since");
  if (since >= 0) return sinceSpan(ws.slice(since + 1), refIso);
  return durationSpan(ws);
}

/** "since March", "since 2019": the days from that month or year to the reference date, as a range. */
function sinceSpan(rest: string[], refIso: string | null): SpanInfo {
  const ref = parseIsoDate(refIso);
  if (!ref) return { kind: "unknown" };
  const mIdx = rest.map((w) => MONTH_ABBR.get(w)).find((x) => x !== undefined);
  const year = rest.find((w) => /^(1[89]|20)\d\d$/.test(w));
  let start: Date | null = null;
  let end: Date | null = null;
  if (mIdx !== undefined) {
    let y = year ? +year : ref.getUTCFullYear();
    if (!year && mIdx > ref.getUTCMonth()) y -= 1;
    start = new Date(Date.UTC(y, mIdx, 1));
    end = new Date(Date.UTC(y, mIdx + 1, 0));
  } else if (year) {
    start = new Date(Date.UTC(+year, 0, 1));
    end = new Date(Date.UTC(+year, 11, 31));
  }
  if (!start || !end) return { kind: "unknown" };
  const day = 86_400_000;
  const lo = Math.max(0, (ref.getTime() - end.getTime()) / day);
  const hi = Math.max(0, (ref.getTime() - start.getTime()) / day);
  return { kind: "until_now", lo, hi };
}

/** "for seven years", "over the last few days", "for 3 weeks": the first unit with a readable amount. */
function durationSpan(ws: string[]): SpanInfo {
  for (let i = 0; i < ws.length; i++) {
    const unit = UNIT_DAYS.get(ws[i].replace(/s$/, ""));
    if (unit === undefined) continue;
    const prev = ws[i - 1];
    const prev2 = ws[i - 2];
    let lo: number;
    let hi: number;
    if (prev && VAGUE_FEW.has(prev)) [lo, hi] = [2, prev === "couple" ? 3 : 9];
    else if (prev && /^\d+(?:\.\d+)?$/.test(prev)) lo = hi = +prev;
    else if (prev && NUMBER_WORDS.has(prev)) lo = hi = NUMBER_WORDS.get(prev)!;
    else if (prev === "many" || prev === "several") [lo, hi] = [3, 30];
    else if (prev === "last" || prev === "past" || !prev) lo = hi = 1;
    else continue;
    if (prev2 && (prev2 === "few" || VAGUE_FEW.has(prev2)) && prev === "of") [lo, hi] = [2, 9];
    return { kind: "until_now", lo: lo * unit, hi: hi * unit };
  }
  return { kind: "unknown" };
}

/** A full calendar day ("2024-04-05"), not a month, year or week. */
export function isCalendarDay(iso: string): boolean {
  return DAY_ISO_RE.test(iso);
}

/** One ISO date contains the other at a coarser precision: "2024-04" and "2024-04-05", "2024" and "2024-04". */
export function datesOverlap(a: string, b: string): boolean {
  if (/W/.test(a) || /W/.test(b)) return false; // weeks do not nest in months: no containment claimed
  return a.startsWith(b) || b.startsWith(a);
}
