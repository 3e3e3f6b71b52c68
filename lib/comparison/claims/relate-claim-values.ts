/**
 * The relation of two distinct values of one (subject, attribute) block: the same fact worded differently
 * (variant), two facts that cannot both be true (conflict), or unrelated. General, attribute-specific rules:
 * office words for roles, durations for time spans, numbers for counts, calendar dates, kinds of place, and
 * TF-IDF cosine for the rest.
 */
import type { TClaimAttribute } from "@/lib/schemas/pipeline";
import { statementsAlign } from "./align-statements";
import type { ClaimNode } from "./claim-nodes";
import { parseCount } from "./claim-value-counts";
import { placeKind } from "./claim-value-places";
import { PAST_CONTEXT_RE, isInitialismOf, parseRole } from "./claim-value-roles";
import { datesOverlap, isCalendarDay, parseTimeSpan } from "./claim-value-time";
import { cosine, jaccard } from "../../text/text-similarity";

export type Relation = "same" | "variant" | "conflict" | null;
export type ConflictReason = "different_value" | "former_vs_current" | "different_duration" | "different_count" | "different_date";
type Related = { relation: Relation; reason: ConflictReason | null };

/** Two values to relate, with the cosines of their predicate contexts and of their values. */
type ValuePair = { a: ClaimNode; b: ClaimNode; ctx: number; val: number; crossSource: boolean };

const SAME_ACTION_COSINE = 0.45;
const CONTEXT_COSINE = 0.35;

/** The relation of two distinct values of one (subject, attribute) block. */
export function relate(a: ClaimNode, b: ClaimNode, attribute: TClaimAttribute): Related {
  if (a.key === b.key) return { relation: "same", reason: null };
  const pair: ValuePair = { a, b, ctx: cosine(a.contextVec, b.contextVec), val: cosine(a.valueVec, b.valueVec), crossSource: a.sourceId !== b.sourceId };
  if (attribute === "statement" && statementsAlign(a.claim, b.claim)) return { relation: "variant", reason: null };
  switch (attribute) {
    case "role":
      return relateRoles(pair);
    case "time_span":
      return relateTimeSpans(pair);
    case "count":
      return relateCounts(pair);
    case "date":
      return relateDates(pair);
    case "location":
      return relateLocations(pair);
    default:
      return relateByWording(pair);
  }
}

function relateRoles({ a, b, val, crossSource }: ValuePair): Related {
  const ra = parseRole(a.claim.value);
  const rb = parseRole(b.claim.value);
  if (ra.head && rb.head) {
    if (ra.head !== rb.head) return { relation: null, reason: null };
    const da = new Set(ra.domain);
    const db = new Set(rb.domain);
    // an initialism on one side stands for the other side's words ("FSA director" = "Food Safety Authority director")
    for (const w of [...da]) if (isInitialismOf(w, [...db])) da.delete(w);
    for (const w of [...db]) if (isInitialismOf(w, ra.domain)) db.delete(w);
    if (ra.rank !== rb.rank) {
      // "deputy chair" and "chair" of one committee, "interim CEO" and "the new CEO": one office at two ranks
      const shared = [...da].filter((t) => db.has(t)).length;
      const compatible = shared === Math.min(da.size, db.size);
      const specific = ra.head !== "head" || (da.size > 0 && db.size > 0);
      if (crossSource && compatible && specific && ra.former === rb.former && !a.claim.isCaption && !b.claim.isCaption) return { relation: "conflict", reason: "different_value" };
      return { relation: null, reason: null };
    }
    const inter = [...da].filter((t) => db.has(t)).length;
    const subset = inter === Math.min(da.size, db.size);
    // a former office and a current one may both be true: only same-tense titles can conflict
    if (crossSource && ra.former === rb.former && da.size > 0 && db.size > 0 && inter === 0 && !a.claim.isCaption && !b.claim.isCaption)
      return { relation: "conflict", reason: "different_value" };
    if (!subset && jaccard(da, db) < 0.34) return { relation: "variant", reason: null };
    if (crossSource && ra.former !== rb.former) {
      const current = ra.former ? b : a;
      if (!PAST_CONTEXT_RE.test(current.claim.text) && !current.claim.isCaption) return { relation: "conflict", reason: "former_vs_current" };
    }
    return { relation: "variant", reason: null };
  }
  if ((ra.head && rb.generic) || (rb.head && ra.generic) || (ra.generic && rb.generic)) return { relation: "variant", reason: null };
  return { relation: val >= 0.5 ? "variant" : null, reason: null };
}

function relateTimeSpans({ a, b, ctx, crossSource }: ValuePair): Related {
  const sa = parseTimeSpan(a.claim.value, a.claim.normalizedValue, a.refDate);
  const sb = parseTimeSpan(b.claim.value, b.claim.normalizedValue, b.refDate);
  const similarPredicate = ctx >= CONTEXT_COSINE || sharesRareTerm(a.contextTerms, b.contextTerms);
  if (sa.kind === "period" && sb.kind === "period") {
    if (sa.from === sb.from && sa.to === sb.to) return { relation: "variant", reason: null };
    if (ctx >= 0.5 && crossSource) return { relation: "conflict", reason: "different_duration" };
    return { relation: null, reason: null };
  }
  if (sa.kind === "until_now" && sb.kind === "until_now" && similarPredicate) {
    const ratio = Math.max(sa.lo, sb.lo) / Math.max(1, Math.min(sa.hi, sb.hi));
    if (crossSource && ratio >= 3) return { relation: "conflict", reason: "different_duration" };
    return { relation: "variant", reason: null };
  }
  return { relation: similarPredicate && sa.kind === sb.kind ? "variant" : null, reason: null };
}

function relateCounts({ a, b, ctx, crossSource }: ValuePair): Related {
  const ca = parseCount(a.claim.value, a.claim.normalizedValue);
  const cb = parseCount(b.claim.value, b.claim.normalizedValue);
  const sameThing = ca.thing.length > 0 && jaccard(ca.thing, cb.thing) >= 0.5;
  if (!sameThing) return { relation: null, reason: null };
  // articles published on different days may report an updated figure: not a contradiction
  const sameDay = !a.publishedAt || !b.publishedAt || a.publishedAt === b.publishedAt;
  if (ca.n !== null && cb.n !== null && ca.n !== cb.n && !ca.approx && !cb.approx && crossSource && sameDay && ctx >= 0.2)
    return { relation: "conflict", reason: "different_count" };
  return { relation: "variant", reason: null };
}

function relateDates({ a, b, ctx, val, crossSource }: ValuePair): Related {
  // resolved dates compare as calendar dates: the same day printed differently ("Friday" / "late Friday")
  // is one value; two different days of one event (similar sentences, two outlets) cannot both be true
  if (a.date && b.date) {
    if (a.date === b.date || datesOverlap(a.date, b.date)) return { relation: ctx >= CONTEXT_COSINE || a.date === b.date ? "variant" : null, reason: null };
    if (isCalendarDay(a.date) && isCalendarDay(b.date) && ctx >= 0.5 && crossSource) return { relation: "conflict", reason: "different_date" };
    // different days in dissimilar sentences: different events, not one fact worded differently
    return { relation: null, reason: null };
  }
  return { relation: ctx >= CONTEXT_COSINE || val >= 0.5 ? "variant" : null, reason: null };
}

function relateLocations({ a, b, val }: ValuePair): Related {
  const ka = placeKind(a.claim.value);
  const kb = placeKind(b.claim.value);
  // the same kind of place named more or less specifically: compatible, one fact
  if (ka && kb) return { relation: ka === kb ? "variant" : null, reason: null };
  if ((ka || kb) && val < SAME_ACTION_COSINE) return { relation: null, reason: null };
  return { relation: val >= SAME_ACTION_COSINE ? "variant" : null, reason: null };
}

/** Actions, statements and the other attributes: similar values, or similar sentences with some shared value words. */
function relateByWording({ ctx, val }: ValuePair): Related {
  if (val >= SAME_ACTION_COSINE) return { relation: "variant", reason: null };
  if (ctx >= 0.6 && val >= 0.2) return { relation: "variant", reason: null };
  return { relation: null, reason: null };
}

function sharesRareTerm(a: string[], b: string[]): boolean {
  const B = new Set(b);
  return a.some((t) => B.has(t) && t.length > 3);
}
