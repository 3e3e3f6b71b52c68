/**
 * When something happened, as an interval of minutes: a day the text names (resolved against the dateline by
 * lib/text/resolve-dates), narrowed by a part of the day ("Monday night", "in the early hours of Tuesday",
 * "at first light", "late on Monday") or a clock time ("shortly before 11 p.m.", "at about 10:50 p.m."), or
 * widened to a month ("in February"), a week ("last week") or part of a year ("earlier this year"). Intervals
 * are [from, to) in minutes since 1970-01-01, calendar days in UTC (no time zones: outlets' own clocks).
 */
import { findDateExpressions, resolveDateExpression, type DateExpression } from "../../text/resolve-dates";

export type TimePhrase = { start: number; end: number; from: number; to: number; label: string };

const DAY = 1440;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function dayStart(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t / 60000;
}

/** The interval a resolved date expression covers: a day, an ISO week, a month or a year. */
function resolvedInterval(resolved: string): { from: number; to: number } | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(resolved)) {
    const d = dayStart(resolved);
    return d === null ? null : { from: d, to: d + DAY };
  }
  const w = /^(\d{4})-W(\d{2})$/.exec(resolved);
  if (w) {
    // ISO week: Monday of week 1 is the Monday on or before January 4
    const jan4 = Date.UTC(Number(w[1]), 0, 4) / 60000;
    const dow = (new Date(jan4 * 60000).getUTCDay() + 6) % 7;
    const from = jan4 - dow * DAY + (Number(w[2]) - 1) * 7 * DAY;
    return { from, to: from + 7 * DAY };
  }
  const mo = /^(\d{4})-(\d{2})$/.exec(resolved);
  if (mo) {
    const from = Date.UTC(Number(mo[1]), Number(mo[2]) - 1, 1) / 60000;
    return { from, to: Date.UTC(Number(mo[1]), Number(mo[2]), 1) / 60000 };
  }
  const y = /^(\d{4})$/.exec(resolved);
  if (y) return { from: Date.UTC(Number(y[1]), 0, 1) / 60000, to: Date.UTC(Number(y[1]) + 1, 0, 1) / 60000 };
  return null;
}

/** A part of the day printed around a day: minutes from that day's midnight. */
const PARTS: Array<[RegExp, number, number]> = [
  [/\b(?:in\s+the\s+)?early\s+hours\s+of\b|\bsmall\s+hours\b/, 0, 6 * 60],
  [/\b(?:at\s+)?(?:first\s+light|dawn|daybreak|sunrise)\b/, 4 * 60, 8 * 60],
  [/\blate\s+(?:on\s+)?\w+\s+night\b|\blate\s+(?:at\s+)?night\b/, 21 * 60, 24 * 60],
  [/\bearly\s+(?:on\s+)?\w+\s+morning\b|\bearly\s+(?:in\s+the\s+)?morning\b/, 3 * 60, 9 * 60],
  [/\bovernight\b/, 20 * 60, 32 * 60],
  [/\bmorning\b/, 5 * 60, 12 * 60],
  [/\b(?:afternoon)\b/, 12 * 60, 18 * 60],
  [/\b(?:evening|dusk|sunset)\b/, 17 * 60, 24 * 60],
  // "Monday night" is Monday's evening; the hours after midnight are "the early hours of Tuesday"
  [/\b(?:night|tonight)\b/, 18 * 60, 24 * 60],
  [/\blate\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\blate\s+in\s+the\s+day\b/, 17 * 60, 24 * 60],
  [/\bearly\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/, 0, 10 * 60],
];

/** A clock time: "11 p.m.", "10:50 PM", "18:45", "midnight", "noon", with "shortly/just before/after", "about". */
const CLOCK_RE =
  /\b(?:(shortly|just|soon|minutes|hours)\s+)?(before|after|by|until)?\s*(?:(?:at\s+)?(about|around|approximately|roughly|some)\s+)?(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\.?|(\d{1,2}):(\d{2})\b|(midnight|noon|midday))/i;

/** Minutes from midnight of a clock match, and how wide the printed time is. */
function clockInterval(m: RegExpExecArray): { from: number; to: number } {
  let minutes: number;
  let width = 10;
  if (m[9]) minutes = /midnight/i.test(m[9]) ? 0 : 12 * 60;
  else if (m[4]) {
    const h = Number(m[4]) % 12 + (m[6].toLowerCase() === "p" ? 12 : 0);
    minutes = h * 60 + (m[5] ? Number(m[5]) : 0);
    if (!m[5]) width = 20;
  } else minutes = Number(m[7]) * 60 + Number(m[8]);
  if (m[3]) width = 30;
  const near = m[1] && /shortly|just|soon|minutes/i.test(m[1]);
  if (m[2] && /before|by|until/i.test(m[2])) return { from: minutes - (near ? 60 : 6 * 60), to: minutes };
  if (m[2] && /after/i.test(m[2])) return { from: minutes, to: minutes + (near ? 90 : 6 * 60) };
  return { from: minutes - width, to: minutes + width };
}

/** "in February", "in early March": a month of the dateline's year (the year before when the month is later). */
const MONTH_ALONE_RE = /\b(?:in|since|during)\s+(?:(early|mid|late)[\s-]+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)(?:\s+(last|this|next)\s+year\b)?/i;
const EARLIER_RE = /\b(earlier|later)\s+this\s+(year|month|week)\b/i;

export function findTimePhrases(text: string, start: number, end: number, dateline: string | null, previous: { date: string | null }): TimePhrase[] {
  const out: TimePhrase[] = [];
  const lower = text.slice(start, end).toLowerCase();
  for (const d of findDateExpressions(text, start, end)) {
    if (d.kind === "my" || d.kind === "period") {
      const r = resolveDateExpression(d, dateline, previous.date, false);
      const iv = r.resolved ? resolvedInterval(r.resolved) : null;
      if (iv) out.push({ start: d.start, end: d.end, ...iv, label: r.resolved! });
      continue;
    }
    const phrase = dayPhrase(text, lower, start, d, dateline, previous);
    if (phrase) out.push(phrase);
  }
  const month = MONTH_ALONE_RE.exec(lower);
  if (month && dateline && !out.some((p) => p.start <= start + month.index && p.end > start + month.index)) {
    const y = Number(dateline.slice(0, 4));
    const mi = MONTHS.indexOf(month[2].toLowerCase());
    const rel = month[3]?.toLowerCase();
    const year = rel === "last" ? y - 1 : rel === "next" ? y + 1 : rel === "this" ? y : mi + 1 > Number(dateline.slice(5, 7)) ? y - 1 : y;
    let from = Date.UTC(year, mi, 1) / 60000;
    let to = Date.UTC(year, mi + 1, 1) / 60000;
    const third = (to - from) / 3;
    if (month[1] === "early") to = from + third + DAY;
    else if (month[1] === "mid") [from, to] = [from + third - DAY, to - third + DAY];
    else if (month[1] === "late") from = to - third - DAY;
    if (!/^since/i.test(month[0])) out.push({ start: start + month.index, end: start + month.index + month[0].length, from, to, label: `${year}-${String(mi + 1).padStart(2, "0")}` });
  }
  const earlier = EARLIER_RE.exec(lower);
  if (earlier && dateline) {
    const d = dayStart(dateline)!;
    const y = Number(dateline.slice(0, 4));
    const m = Number(dateline.slice(5, 7)) - 1;
    const periodStart = earlier[2].toLowerCase() === "year" ? Date.UTC(y, 0, 1) / 60000 : earlier[2].toLowerCase() === "month" ? Date.UTC(y, m, 1) / 60000 : d - 7 * DAY;
    const iv = earlier[1].toLowerCase() === "earlier" ? { from: periodStart, to: d + DAY } : { from: d, to: Date.UTC(y + 1, 0, 1) / 60000 };
    out.push({ start: start + earlier.index, end: start + earlier.index + earlier[0].length, ...iv, label: earlier[0] });
  }
  // one phrase per stretch of text: the longest ("in March last year" over "last year", "earlier this year" over "this year")
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimePhrase[] = [];
  for (const p of out) {
    const prev = kept[kept.length - 1];
    if (prev && p.start < prev.end) {
      if (p.end - p.start > prev.end - prev.start) kept[kept.length - 1] = p;
      continue;
    }
    kept.push(p);
  }
  // "between Jan. 6 and Feb. 24", "from Monday to Friday": a span, not the time of one event
  return kept.filter((p) => {
    const before = text.slice(Math.max(start, p.start - 40), p.start);
    if (/\b(?:between|from|since|until|till|through)\s+$/i.test(before)) return false;
    // the end of a span: "from Monday to Friday", "between Jan. 6 and Feb. 24"
    return !(/\b(?:to|and|until|till|through)\s+$/i.test(before) && /\b(?:from|between)\b/i.test(before));
  });
}

/** A day expression with the part of the day and clock time printed around it (within a few words). */
function dayPhrase(text: string, lower: string, offset: number, d: DateExpression, dateline: string | null, previous: { date: string | null }): TimePhrase | null {
  // a future marker at most 60 characters before the date: only the last 90 are read (an end-anchored pattern tries every start)
  const prior = lower.slice(Math.max(0, d.start - offset - 90), d.start - offset);
  const future = /\b(?:will|shall|is due to|are due to|plans? to|is to|are to|expected to)\b[^.;]{0,60}$/.test(prior);
  const r = resolveDateExpression(d, dateline, previous.date, future);
  if (!r.resolved || !/^\d{4}-\d{2}-\d{2}$/.test(r.resolved)) return null;
  previous.date = r.resolved;
  const day = dayStart(r.resolved)!;
  // the words around the day that narrow it: up to 45 characters before and 20 after, inside the sentence
  const a = Math.max(0, d.start - offset - 45);
  const b = Math.min(lower.length, d.end - offset + 20);
  const before = lower.slice(a, d.start - offset).replace(/^.*[,;:]\s*/, "");
  const after = lower.slice(d.end - offset, b).replace(/[,;:.].*$/, "");
  const around = `${before} ${lower.slice(d.start - offset, d.end - offset)} ${after}`;
  let from = day;
  let to = day + DAY;
  let start = d.start;
  let end = d.end;
  for (const [re, pf, pt] of PARTS) {
    const m = re.exec(around);
    if (!m) continue;
    from = day + pf;
    to = day + pt;
    break;
  }
  const clock = CLOCK_RE.exec(before) ?? CLOCK_RE.exec(after);
  if (clock) {
    const c = clockInterval(clock);
    from = day + c.from;
    to = day + c.to;
  }
  // widen the printed span to the narrowing words, as printed
  // the narrowing words printed before the day join its span: "shortly before 11 p.m. on", "in the early hours of"
  const lead = /(?:(?:(?:shortly|just)\s+)?(?:before|after)\s+|at\s+)?(?:(?:about|around)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?|midnight|noon)\s+(?:on\s+)?$|in\s+the\s+early\s+hours\s+of\s+$|at\s+(?:first\s+light|dawn|daybreak)\s+(?:on\s+)?$/.exec(text.slice(Math.max(0, d.start - 45), d.start).toLowerCase());
  if (lead) start = d.start - lead[0].length;
  const trail = /^\s+(?:night|morning|afternoon|evening)\b/.exec(text.slice(d.end, d.end + 12).toLowerCase());
  if (trail) end = d.end + trail[0].length;
  return { start, end, from, to, label: r.resolved };
}
