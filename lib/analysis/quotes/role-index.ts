/**
 * The role words printed around each person's name ("Judge Jane Doe", "Jane Doe, the club's coach,", "head coach
 * Jane Doe"), indexed by word, so "the judge said" finds the last person introduced as a judge with a binary
 * search instead of a scan back over every mention.
 */
import type { TLocalEntity, TMention } from "@/lib/schemas/pipeline";
import { lowerBound } from "../../text/text-patterns";

/** Per lower-cased singular role word, the person mentions printed with it, in text order. */
export type RoleIndex = Map<string, Array<{ start: number; key: string }>>;

const BEFORE = 40;
const AFTER = 90;

/** A word's singular form for matching: "prosecutors" → "prosecutor", "coaches" → "coach". */
export function singular(w: string): string {
  const lw = w.toLowerCase();
  if (/(?:ch|sh|ss|x)es$/.test(lw)) return lw.slice(0, -2);
  if (/[^s]s$/.test(lw)) return lw.slice(0, -1);
  return lw;
}

/**
 * The words of the title before a person's name and of the appositive after it, each cut at the sentence's edge
 * and at the neighbouring names, so "Judge Jane Doe sentenced John Roe" gives the judge's title to Doe alone.
 */
function roleWords(text: string, m: TMention, prevEnd: number, nextStart: number): string[] {
  const before = text.slice(Math.max(0, prevEnd, m.start - BEFORE), m.start).split(/[.!?;"“”]\s/).pop() ?? "";
  const after = /^,[^.;!?"“”]*/.exec(text.slice(m.end, Math.min(nextStart, m.end + AFTER)))?.[0] ?? "";
  return `${before} ${after}`.match(/\p{L}+/gu) ?? [];
}

/** `mentions` in text order. */
export function buildRoleIndex(text: string, mentions: TMention[], entByKey: Map<string, TLocalEntity>): RoleIndex {
  const index: RoleIndex = new Map();
  mentions.forEach((m, i) => {
    if (entByKey.get(m.entityKey)?.type !== "person") return;
    const prevEnd = i > 0 ? mentions[i - 1].end : 0;
    const nextStart = i + 1 < mentions.length ? mentions[i + 1].start : text.length;
    for (const w of new Set(roleWords(text, m, prevEnd, nextStart).map(singular))) {
      const list = index.get(w) ?? [];
      list.push({ start: m.start, key: m.entityKey });
      index.set(w, list);
    }
  });
  return index;
}

/** The last person printed with this role word before `pos`; null when none was. */
export function lastPersonWithRole(index: RoleIndex, role: string, pos: number): string | null {
  const list = index.get(singular(role));
  if (!list) return null;
  const i = lowerBound(list, pos) - 1;
  return i >= 0 ? list[i].key : null;
}
