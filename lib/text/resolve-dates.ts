/**
 * Date expressions in news prose and their resolution against the article's dateline. Pure, general English.
 *
 * Resolution rules (documented, tested in tests/unit/analysis/dates.test.ts):
 * - A bare weekday ("Friday", "on Friday", "late Friday", "Friday night") is the most recent such weekday
 *   ON OR BEFORE the dateline: news copy names the weekday even for the day of publication (AP style drops
 *   "today"), so in an article dated Friday 2024-04-05, "Friday" is 2024-04-05 itself. "last Friday" is
 *   strictly before the dateline; "next Friday" and a weekday after "will"/"is to"/"plans to" in the same
 *   clause are the first such weekday strictly after it.
 * - "today", "tonight", "this morning" = the dateline; "yesterday" = dateline - 1; "tomorrow" = + 1.
 * - "a day earlier", "the day before", "the previous day" = the previous resolved date in the article - 1;
 *   "a day later", "the next day", "the following day" = + 1. No earlier resolved date: unresolved.
 * - "this week" / "last week" = the ISO week (YYYY-Www) of the dateline / the week before.
 * - "this year" / "last year" = YYYY; "this month" / "last month" = YYYY-MM.
 * - "April 5", "5 April" (no year) take the dateline's year; "April 5, 2024" is absolute; "in April 2024" = YYYY-MM.
 * - With no dateline, relative expressions stay unresolved (null): never today's date.
 */

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS_FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };

const WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const MON = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
const PART = "(?:\\s+(?:night|morning|afternoon|evening))?";

/**
 * One alternation, longest forms first. Named groups tell the kind. "since …" and "between …" are time spans
 * (another claim kind) and are left to the caller to exclude by overlap.
 */
const DATE_RE = new RegExp(
  [
    `(?<mdy>\\b(?:[Oo]n\\s+)?(?:${WD},?\\s+)?(?:${MON})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*|\\s+)\\d{4}\\b)`,
    `(?<dmy>\\b(?:[Oo]n\\s+)?(?:${WD},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MON})(?:,?\\s+\\d{4})?\\b)`,
    `(?<md>\\b(?:[Oo]n\\s+)?(?:${WD},?\\s+)?(?:${MON})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4}))`,
    `(?<my>\\b[Ii]n\\s+(?:${MON})\\s+\\d{4}\\b)`,
    `(?<wd>\\b(?:(?:[Oo]n|[Ll]ate|[Ee]arly|[Bb]y|[Uu]ntil)\\s+)?(?:(?:[Ll]ast|[Tt]his|[Nn]ext|late|early)\\s+)?(?:${WD})${PART}\\b)`,
    `(?<rel>\\b(?:[Aa]|[Oo]ne|[Tt]he)\\s+(?:day|night)\\s+(?:earlier|before|later|after)\\b|\\b[Tt]he\\s+(?:previous|next|following)\\s+(?:day|night|morning)\\b)`,
    `(?<deictic>\\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)${PART}\\b|\\b[Tt]his\\s+(?:morning|afternoon|evening)\\b)`,
    `(?<period>\\b(?:[Tt]his|[Ll]ast|[Nn]ext)\\s+(?:week|month|year)\\b(?!['’]s))`,
  ].join("|"),
  "g",
);

/** A word every date form above contains (a month's first letters, "day", "night", "week" …): a cheap pre-test. */
const DATE_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|night|orrow|morning|afternoon|evening|week|month|year/;

export type DateKind = "mdy" | "dmy" | "md" | "my" | "wd" | "rel" | "deictic" | "period";
export type DateExpression = { start: number; end: number; text: string; kind: DateKind };

/** Find date expressions in text[start, end). Linear: one global regex pass. */
export function findDateExpressions(text: string, start = 0, end = text.length): DateExpression[] {
  const out: DateExpression[] = [];
  const slice = text.slice(start, end);
  if (!DATE_HINT.test(slice)) return out;
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(slice))) {
    const g = m.groups ?? {};
    const kind = (Object.keys(g) as DateKind[]).find((k) => g[k] !== undefined);
    if (!kind) continue;
    // "May" alone is too ambiguous to be a month without a day ("may 5" is rare but "May 5" is handled above)
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], kind });
  }
  return out;
}

// ---- calendar helpers (UTC, no time zones: dates are calendar days) ----
const DAY_MS = 86_400_000;
function parseIso(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
const pad = (n: number) => String(n).padStart(2, "0");

/** ISO 8601 week: "2024-W14". */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / DAY_MS + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  const full = MONTHS_FULL.indexOf(w);
  return full >= 0 ? full : MONTH_ABBR[w] ?? -1;
}

export type Resolution = { resolved: string | null; anchor: "absolute" | "dateline" | "previous_date" | null };

/**
 * Resolve one expression. `dateline` is the article's ISO publication date (or null); `previous` is the last
 * day-precision date resolved earlier in the article; `future` marks a clause in the future tense.
 */
export function resolveDateExpression(expr: DateExpression, dateline: string | null, previous: string | null, future = false): Resolution {
  const anchor = dateline ? parseIso(dateline) : null;
  const t = expr.text.toLowerCase().replace(/\s+/g, " ");
  const none: Resolution = { resolved: null, anchor: null };
  switch (expr.kind) {
    case "mdy": {
      const m = /([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? ?(\d{4})$/.exec(t);
      const mi = m ? monthIndex(m[1]) : -1;
      if (!m || mi < 0) return none;
      return { resolved: `${m[3]}-${pad(mi + 1)}-${pad(Number(m[2]))}`, anchor: "absolute" };
    }
    case "dmy":
    case "md": {
      const m = expr.kind === "dmy" ? /(\d{1,2})(?:st|nd|rd|th)? ([a-z]+\.?)(?:,? (\d{4}))?$/.exec(t) : /([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?$/.exec(t);
      if (!m) return none;
      const [day, mon, year] = expr.kind === "dmy" ? [m[1], m[2], m[3]] : [m[2], m[1], undefined];
      const mi = monthIndex(mon);
      if (mi < 0) return none;
      if (year) return { resolved: `${year}-${pad(mi + 1)}-${pad(Number(day))}`, anchor: "absolute" };
      if (!anchor) return none;
      return { resolved: `${anchor.getUTCFullYear()}-${pad(mi + 1)}-${pad(Number(day))}`, anchor: "dateline" };
    }
    case "my": {
      const m = /in ([a-z]+\.?) (\d{4})$/.exec(t);
      const mi = m ? monthIndex(m[1]) : -1;
      return m && mi >= 0 ? { resolved: `${m[2]}-${pad(mi + 1)}`, anchor: "absolute" } : none;
    }
    case "wd": {
      if (!anchor) return none;
      const wd = WEEKDAYS.findIndex((w) => t.includes(w));
      if (wd < 0) return none;
      const base = anchor.getUTCDay();
      if (/\bnext\b/.test(t) || (future && !/\blast\b/.test(t))) {
        const ahead = (wd - base + 7) % 7 || 7;
        return { resolved: iso(addDays(anchor, ahead)), anchor: "dateline" };
      }
      let back = (base - wd + 7) % 7;
      if (/\blast\b/.test(t) && back === 0) back = 7;
      return { resolved: iso(addDays(anchor, -back)), anchor: "dateline" };
    }
    case "deictic": {
      if (!anchor) return none;
      const shift = /yesterday/.test(t) ? -1 : /tomorrow/.test(t) ? 1 : 0;
      return { resolved: iso(addDays(anchor, shift)), anchor: "dateline" };
    }
    case "rel": {
      const prev = previous ? parseIso(previous) : null;
      if (!prev) return none;
      const shift = /earlier|before|previous/.test(t) ? -1 : 1;
      return { resolved: iso(addDays(prev, shift)), anchor: "previous_date" };
    }
    case "period": {
      if (!anchor) return none;
      const dir = /^last/.test(t) ? -1 : /^next/.test(t) ? 1 : 0;
      if (/week/.test(t)) return { resolved: isoWeek(addDays(anchor, 7 * dir)), anchor: "dateline" };
      if (/month/.test(t)) {
        const d = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + dir, 1));
        return { resolved: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, anchor: "dateline" };
      }
      return { resolved: String(anchor.getUTCFullYear() + dir), anchor: "dateline" };
    }
  }
  return none;
}

/**
 * Whether the clause before a date expression puts it in the future ("will", "is due to", "plans to"): the
 * `future` argument of resolveDateExpression, for callers that re-derive an expression's resolution from the
 * stored claim (cross-source resolution). `before` is the clause text up to the expression.
 */
export function isFutureClause(before: string): boolean {
  return /\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|to)\s+(?:to\s+)?|plans?\s+to)\b/i.test(before.slice(-80));
}

/** The printed expression without a leading preposition, lower-cased: the unresolved normalised value. */
export function dateKey(exprText: string): string {
  return exprText
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^(?:on|by|until) /, "")
    .trim();
}
