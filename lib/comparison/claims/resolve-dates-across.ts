/**
 * Cross-source date resolution: a date claim its own article cannot resolve (the article states no dateline)
 * is resolved through another outlet that reports the same event. Pure, general; near-linear in the claims.
 *
 * The rule (tested in tests/unit/compare/dates-across.test.ts):
 * - Only expressions that name a day rather than a distance from publication are carried across outlets:
 *   a weekday ("Friday", "late Friday", "Friday night", "last Friday") and a day without a year ("April 5").
 *   "today", "yesterday", "this week", "a day earlier" count from the article's own publication (or its own
 *   previous date) and stay unresolved: another outlet's dateline does not say when this one was written.
 * - Two date claims are the same day reference when resolve-dates maps them to the same day whatever the
 *   dateline (their "signature": the resolutions over a fixed reference week; "Friday" = "late Friday" =
 *   "Friday night" ≠ "last Friday").
 * - Same event: the sentence holding the date claim has an event claim (action, legal status, statement,
 *   location, count, other — not a role or an affiliation, which hold across stories) in an aligned group
 *   together with a claim of another outlet. Roles and date groups alone never link outlets.
 * - Date claims with one signature are one day when they stand in one article (resolve-dates gives them one
 *   date under any dateline) or in sentences linked by one event group across outlets. These links are
 *   transitive (union-find): "Friday" in outlet A's sentence about a statement that outlet B also reports,
 *   B's other "Friday" about an action that a dated outlet C reports.
 * - Anchors of such a set of claims: the dateline of every dated outlet in a linked event group (the claim's
 *   expression is resolved against it with resolve-dates' own rule: the most recent such weekday on or before
 *   the dateline), the date a dated member resolved to itself, and any day-precision date another outlet
 *   prints in a linked sentence that the expression names (that outlet's "April 5, 2024" for "Friday" when
 *   April 5, 2024 is a Friday).
 * - Exactly one distinct anchored day: every unresolved member takes it. Several (two datelines a week apart,
 *   a dateline and a printed date that disagree): all stay unresolved. No anchor: unresolved. Never today.
 */
import { lowerBound } from "../../text/text-patterns";
import type { TClaim, TClaimAttribute, TClaimRef, TCrossResolvedDate, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { findDateExpressions, isFutureClause, resolveDateExpression, type DateExpression } from "../../text/resolve-dates";
import { UnionFind } from "../../text/union-find";

/** What the stage needs of an aligned group: its attribute and its claims. */
export type DateLinkGroup = { attribute: TClaimAttribute; claims: TClaimRef[] };

/** Attributes whose groups mean "the same event reported by several outlets". */
const EVENT_ATTRIBUTES: ReadonlySet<TClaimAttribute> = new Set(["action", "legal_status", "statement", "location", "count", "other"]);
/** Expressions that name a day (the weekday, the day of a month) rather than a distance from publication. */
const DAY_NAMING_KINDS: ReadonlySet<DateExpression["kind"]> = new Set(["wd", "md"]);
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
/** A fixed week (Monday 2001-01-01 to Sunday): resolutions against it characterise a weekday expression. */
const REFERENCE_WEEK = ["2001-01-01", "2001-01-02", "2001-01-03", "2001-01-04", "2001-01-05", "2001-01-06", "2001-01-07"];

type DateNode = {
  sourceId: string;
  claimIndex: number;
  claim: TClaim;
  expr: DateExpression | null;
  future: boolean;
  /** Same signature = same day under any dateline; null for expressions that do not name a day. */
  sig: string | null;
  /** The day the claim's own article resolved it to (day precision only). */
  own: string | null;
  /** Whether the claim's article states a dateline. */
  dated: boolean;
  /** Indices of the event groups of the claims in the date claim's sentence. */
  groups: number[];
};

type Candidate = { date: string; anchorSourceId: string; anchor: TCrossResolvedDate["anchor"] };

export function validDateline(publishedAt: string | null | undefined): string | null {
  return publishedAt && DAY_RE.test(publishedAt) && !Number.isNaN(Date.parse(`${publishedAt}T00:00:00Z`)) ? publishedAt : null;
}

/** The date expression a stored date claim printed, re-found at its value span. */
export function claimDateExpression(text: string, claim: TClaim): DateExpression | null {
  if (!(claim.valueStart >= 0 && claim.valueEnd > claim.valueStart && claim.valueEnd <= text.length)) return null;
  return findDateExpressions(text, claim.valueStart, claim.valueEnd)[0] ?? null;
}

/** Resolutions of the expression against each day of the reference week: equal signatures name one day. */
export function daySignature(expr: DateExpression, future: boolean): string | null {
  if (!DAY_NAMING_KINDS.has(expr.kind)) return null;
  const days = REFERENCE_WEEK.map((d) => resolveDateExpression(expr, d, null, future).resolved);
  if (days.some((d) => !d || !DAY_RE.test(d))) return null;
  return `${expr.kind}:${days.join(",")}`;
}

/**
 * Resolve, across sources, the date claims their own articles leave unresolved. `groups` are the aligned claim
 * groups of the comparison (only event groups are used to link outlets). Returns one entry per claim resolved,
 * sorted by source and claim index.
 */
export function resolveDatesAcross(sources: TSourceAnalysis[], groups: ReadonlyArray<DateLinkGroup>): TCrossResolvedDate[] {
  const ref = (sourceId: string, claimIndex: number) => `${sourceId}\u0000${claimIndex}`;
  const eventGroupOf = new Map<string, number>();
  groups.forEach((g, gi) => {
    if (!EVENT_ATTRIBUTES.has(g.attribute)) return;
    for (const c of g.claims) eventGroupOf.set(ref(c.sourceId, c.claimIndex), gi);
  });
  const datelineOf = new Map(sources.map((s) => [s.sourceId, validDateline(s.analysis.meta.publishedAt)]));

  // ---- date claims, with their expression, signature and the event groups of their sentence
  const nodes: DateNode[] = [];
  for (const s of sources) {
    const { claims, text } = s.analysis;
    const dated = datelineOf.get(s.sourceId) !== null;
    // event claims by where their sentence starts: a date finds the events of its sentence by binary search
    const events = claims.flatMap((o, j) => (EVENT_ATTRIBUTES.has(o.attribute) ? [{ start: o.start, end: o.end, j }] : [])).sort((a, b) => a.start - b.start);
    const longest = events.reduce((m, e) => Math.max(m, e.end - e.start), 0);
    claims.forEach((claim, claimIndex) => {
      if (claim.attribute !== "date") return;
      const expr = claimDateExpression(text, claim);
      const future = expr ? isFutureClause(text.slice(Math.max(0, claim.start), expr.start)) : false;
      const gs = new Set<number>();
      for (let i = lowerBound(events, claim.start - longest); i < events.length && events[i].start < claim.end; i++) {
        const o = events[i];
        if (o.j === claimIndex || !(claim.start < o.end)) continue;
        const g = eventGroupOf.get(ref(s.sourceId, o.j));
        if (g !== undefined) gs.add(g);
      }
      const own = claim.resolvedDate && DAY_RE.test(claim.resolvedDate) ? claim.resolvedDate : null;
      nodes.push({ sourceId: s.sourceId, claimIndex, claim, expr, future, sig: expr ? daySignature(expr, future) : null, own, dated, groups: [...gs].sort((a, b) => a - b) });
    });
  }
  if (!nodes.some((n) => n.sig && !n.own && !n.dated)) return [];

  // ---- one day: same signature in one article, or in sentences linked by one event group
  const uf = new UnionFind(nodes.length);
  const firstBySig = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!n.sig) return;
    const keys = [`s\u0000${n.sourceId}\u0000${n.sig}`, ...n.groups.map((g) => `g\u0000${g}\u0000${n.sig}`)];
    for (const k of keys) {
      const first = firstBySig.get(k);
      if (first === undefined) firstBySig.set(k, i);
      else uf.union(first, i);
    }
  });

  // ---- per event group: the datelines of its outlets, and the days printed in its sentences (lazily)
  const groupDatelines = new Map<number, Map<string, string>>();
  const datelinesOf = (gi: number) => {
    let m = groupDatelines.get(gi);
    if (!m) {
      m = new Map();
      for (const c of groups[gi].claims) {
        const dl = datelineOf.get(c.sourceId);
        if (dl && (!m.has(dl) || c.sourceId < m.get(dl)!)) m.set(dl, c.sourceId);
      }
      groupDatelines.set(gi, m);
    }
    return m;
  };
  const groupDays = new Map<number, Array<{ date: string; sourceId: string }>>();
  for (const n of nodes) {
    if (!n.own) continue;
    for (const g of n.groups) {
      const list = groupDays.get(g);
      if (list) list.push({ date: n.own, sourceId: n.sourceId });
      else groupDays.set(g, [{ date: n.own, sourceId: n.sourceId }]);
    }
  }

  // ---- anchors of each set of claims naming one day
  const candidates = new Map<number, Map<string, Candidate>>();
  const offer = (root: number, c: Candidate) => {
    let m = candidates.get(root);
    if (!m) candidates.set(root, (m = new Map()));
    const prev = m.get(c.date);
    // deterministic: a dateline anchor before a printed date, then the first source
    if (!prev || (prev.anchor !== c.anchor ? c.anchor === "dateline" : c.anchorSourceId < prev.anchorSourceId)) m.set(c.date, c);
  };
  const seen = new Set<string>();
  nodes.forEach((n, i) => {
    if (!n.sig || !n.expr) return;
    const root = uf.find(i);
    if (n.own) {
      offer(root, { date: n.own, anchorSourceId: n.sourceId, anchor: n.claim.dateAnchor === "dateline" ? "dateline" : "resolved_date" });
      return;
    }
    if (n.dated) return; // a dated article's own dateline governs its claims
    for (const g of n.groups) {
      // every member of the set shares the signature: one pass per (set, group) suffices
      const k = `${root}\u0000${g}`;
      if (seen.has(k)) continue;
      seen.add(k);
      for (const [dl, sourceId] of datelinesOf(g)) {
        if (sourceId === n.sourceId) continue;
        const r = resolveDateExpression(n.expr, dl, null, n.future).resolved;
        if (r && DAY_RE.test(r)) offer(root, { date: r, anchorSourceId: sourceId, anchor: "dateline" });
      }
      for (const d of groupDays.get(g) ?? []) {
        if (d.sourceId === n.sourceId) continue;
        // the printed day is one this expression names ("Friday" for a Friday)
        if (resolveDateExpression(n.expr, d.date, null, n.future).resolved === d.date) offer(root, { date: d.date, anchorSourceId: d.sourceId, anchor: "resolved_date" });
      }
    }
  });

  // ---- exactly one anchored day: the unresolved members of an undated article take it
  const out: TCrossResolvedDate[] = [];
  nodes.forEach((n, i) => {
    if (!n.sig || n.own || n.dated) return;
    const m = candidates.get(uf.find(i));
    if (!m || m.size !== 1) return;
    const c = [...m.values()][0];
    out.push({ sourceId: n.sourceId, claimIndex: n.claimIndex, resolvedDate: c.date, anchorSourceId: c.anchorSourceId, anchor: c.anchor });
  });
  out.sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.claimIndex - b.claimIndex));
  return out;
}
