import { ZMetaPublished, isRealDate } from "../schemas/article-meta";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** RFC 822 / 2822 as RSS prints it ("Tue, 4 Mar 2031 09:30:00 +0100"), weekday and time optional. */
const RFC_822_DAY = /^\s*(?:[A-Za-z]{2,9}\.?,?\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})(?![\d])/;

/** The day an RFC 822 date prints, as YYYY-MM-DD; a two-digit year is read as RFC 2822 says (00-49 → 20xx). */
function readRfc822Day(value: string): string | null {
  const match = RFC_822_DAY.exec(value);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2].slice(0, 3).toLowerCase());
  if (month < 0) return null;
  const year = match[3].length === 4 ? Number(match[3]) : Number(match[3]) + (Number(match[3]) < 50 ? 2000 : 1900);
  const day = `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${match[1].padStart(2, "0")}`;
  return isRealDate(day) ? day : null;
}

/**
 * A feed item's date as the day it prints (YYYY-MM-DD, no time-zone shift): ISO 8601 as Atom and
 * Dublin Core write it, or RFC 822 as RSS does; null for anything else.
 */
export function readFeedDay(value: string | undefined): string | null {
  if (value === undefined) return null;
  const iso = ZMetaPublished.safeParse(value);
  if (iso.success && iso.data !== undefined) return iso.data;
  return readRfc822Day(value);
}
