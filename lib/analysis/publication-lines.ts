/**
 * Lines near the top (or foot) of a pasted page that state when and by whom it was published, rather than
 * what happened: "Published March 4, 2025 7:42 PM", "Updated Wednesday, Oct. 15, 2025, 6:05 a.m.",
 * "Example Post | March 5, 2025", "Tuesday, July 8, 2025", "Published 2025-05-16", a masthead line
 * ("Example 7 News") and a copyright line ("© 2025 Example News"). General web-page furniture, no outlet list.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?";
const TIME = "(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?|[,\\s]+\\d{1,2}\\s*[ap]\\.?m\\.?)?";
const PREFIX = "(?:(?:First\\s+|Last\\s+)?(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Mm]odified)(?:\\s+on)?\\s*:?\\s*)?";

/** A calendar date in the forms pages print, as groups: iso | month-first | day-first. */
const DATE =
  `(?:(?<iso>\\d{4}-\\d{2}-\\d{2})(?:[T\\s]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?` +
  `|(?:${WEEKDAY},?\\s+)?(?<mdMonth>${MONTH})\\s+(?<mdDay>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<mdYear>\\d{4})` +
  `|(?:${WEEKDAY},?\\s+)?(?<dmDay>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmMonth>${MONTH}),?\\s+(?<dmYear>\\d{4}))`;

/** One or more "prefix date" stretches separated by "|" or "·", optionally after an outlet name and a bar. */
const DATE_LINE_RE = new RegExp(
  `^(?:(?<outlet>[\\p{Lu}][\\p{L}\\p{N}&'’. -]{1,40}?)\\s*[|·•]\\s*)?${PREFIX}${DATE}${TIME}(?:\\s*[|·•]\\s*${PREFIX}(?:${DATE.replace(/\?<\w+>/g, "")})${TIME})*\\s*$`,
  "u",
);

/** Words that end a masthead: "Example Valley News", "The Example Gazette". */
const MASTHEAD_HEADS =
  "news|times|post|herald|gazette|tribune|journal|standard|courier|ledger|monitor|chronicle|observer|guardian|telegraph|mail|express|star|sun|record|review|daily|weekly|wire|press|radio|tv|television|online|today|reporter|dispatch|examiner|inquirer|bulletin|advertiser|sentinel|mirror|independent|register|globe|nation|report";
const MASTHEAD_RE = new RegExp(`^(?:The\\s+)?(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*\\s+){0,4}(?:${MASTHEAD_HEADS})$`, "iu");
const COPYRIGHT_RE = /^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?(.{2,60}?)\.?(?:\s+All rights reserved\.?)?$/i;

export type PublicationLine = { publishedAt: string | null; outlet: string | null };

const pad = (n: number) => String(n).padStart(2, "0");

function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The publication date (and outlet) a line states, or null when the line is not such a line. */
export function readDateLine(line: string): PublicationLine | null {
  if (line.length > 140) return null;
  const m = DATE_LINE_RE.exec(line.trim());
  if (!m?.groups) return null;
  const g = m.groups;
  let publishedAt: string | null = null;
  if (g.iso) publishedAt = validDate(Number(g.iso.slice(0, 4)), Number(g.iso.slice(5, 7)), Number(g.iso.slice(8, 10)));
  else if (g.mdMonth) publishedAt = validDate(Number(g.mdYear), monthNumber(g.mdMonth), Number(g.mdDay));
  else if (g.dmMonth) publishedAt = validDate(Number(g.dmYear), monthNumber(g.dmMonth), Number(g.dmDay));
  if (!publishedAt) return null;
  return { publishedAt, outlet: g.outlet?.trim() || null };
}

/** A line that is only an outlet's name ("Example 7 News"), or null. */
export function readMastheadLine(line: string): string | null {
  const t = line.trim();
  if (t.length > 60 || /[.!?,:;"“”]$/.test(t)) return null;
  return MASTHEAD_RE.test(t) ? t : null;
}

/** The owner a copyright line names ("© 2025 Example News" -> "Example News"), or null. */
export function readCopyrightLine(line: string): string | null {
  const m = COPYRIGHT_RE.exec(line.trim());
  if (!m) return null;
  const owner = m[1].trim().replace(/[.,]$/, "");
  return /^[\p{Lu}\p{N}]/u.test(owner) ? owner : null;
}

/** "Example Post | Sport", "Home | World | Business": a site's name and its section or navigation links, no sentence. */
export function readNavigationLine(line: string): { outlet: string | null } | null {
  const t = line.trim();
  if (t.length > 120 || /[.!?"“”]$/.test(t)) return null;
  const parts = t.split(/\s*[|·•]\s*/);
  if (parts.length < 2 || parts.some((p) => !p || p.split(/\s+/).length > 4 || !/^[\p{Lu}\p{N}]/u.test(p))) return null;
  return { outlet: parts.length === 2 ? parts[0] : null };
}

/** Byline suffixes that are a reporter's job, not the outlet: "By Ana Ruiz, Business Correspondent". */
export const JOURNALIST_ROLE_RE = /\b(?:correspondent|editor|reporter|writer|columnist|staff|contributor|journalist|producer|analyst|critic|desk)s?$/i;
