import type { TSentence } from "@/lib/schemas/pipeline";
import { sentenceClaims, type ClaimKit } from "../claims-kit";
import { dateSubject } from "./date-subject";
import { dateKey, findDateExpressions, resolveDateExpression } from "../../../text/resolve-dates";

/** A modal or schedule just before a date: the date lies ahead of the dateline, not behind it. */
const FUTURE_RE = /\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|to)\s+(?:to\s+)?|plans?\s+to)\b/i;

/** What date resolution carries from sentence to sentence: the dateline, and the last full date resolved (the anchor for "the next day"). */
export type DateChain = { publishedAt: string | null; previousDate: string | null };

/** Dates: printed expression, resolved against the dateline (see resolve-dates.ts); one inside a time span is the span's. */
export function extractDates(kit: ClaimKit, s: TSentence, chain: DateChain): void {
  const { text } = kit;
  for (const d of findDateExpressions(text, s.start, s.end)) {
    if (kit.inQuote(d.start)) continue;
    if (sentenceClaims(kit, s).some((c) => c.attribute === "time_span" && c.valueStart < d.end && c.valueEnd > d.start)) continue;
    const subj = dateSubject(kit, d.start, d.end, s);
    if (!subj) continue;
    const before = text.slice(s.start, d.start);
    const future = FUTURE_RE.test(before.slice(-80));
    const r = resolveDateExpression(d, chain.publishedAt, chain.previousDate, future);
    const claim = kit.add(s, subj, "date", d.start, d.end, r.resolved ?? dateKey(d.text));
    if (claim) {
      claim.resolvedDate = r.resolved;
      claim.dateAnchor = r.anchor;
    }
    if (r.resolved && /^\d{4}-\d{2}-\d{2}$/.test(r.resolved)) chain.previousDate = r.resolved;
  }
}
