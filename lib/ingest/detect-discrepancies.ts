/**
 * Discrepancies between outlets, built only from what the sources print:
 *  - conflict: aligned claims that cannot both be true (from align-claims' conflict edges)
 *  - variant: the same fact or quote worded differently
 *  - omission: a fact reported by several outlets and missing from another (checked against the other
 *    outlet's sentences, so a fact the extractor missed but the text states is not called missing)
 *  - attribution: the same quoted words credited to different speakers
 * Quote discrepancies and quote omissions are found in their own files.
 */
import type { TArticleAnalysis, TDiscrepancy, TDiscrepancyItem, TSourceAnalysis } from "@/lib/schemas/pipeline";
import type { AlignedGroup, Alignment } from "./align-claims";
import type { ClaimNode } from "./claim-nodes";
import { clusterQuotes, type QuoteCluster } from "./cluster-quotes";
import { ATTRIBUTE_LABEL, claimItem, discrepancyId, makeDiscrepancyContext, possessive, subjectNameOf, type DiscrepancyContext, type Severity } from "./discrepancy-context";
import { quoteDiscrepancies } from "./quote-discrepancies";
import { quoteOmissions } from "./quote-omissions";
import type { ConflictReason } from "./relate-claim-values";
import type { EntityResolution } from "./resolve-entities";
import { clip, contentTerms, cosine, humanList, IdfTable } from "./text-similarity";
import { UnionFind } from "./union-find";

export type DetectOptions = {
  /** An omission needs at least this share of all sources to report the fact (and at least 2). */
  omissionMinShare?: number;
};

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const KIND_RANK: Record<TDiscrepancy["kind"], number> = { conflict: 0, attribution: 1, omission: 2, variant: 3 };

const OMISSION_SEVERITY: Record<string, Severity> = {
  action: "high",
  legal_status: "high",
  statement: "medium",
  count: "medium",
  date: "medium",
  time_span: "medium",
  location: "medium",
  role: "low",
  relation: "low",
  other: "low",
};
const CONFLICT_SEVERITY: Record<string, Severity> = {
  action: "high",
  legal_status: "high",
  count: "high",
  date: "high",
  time_span: "high",
  role: "medium",
  location: "medium",
  statement: "medium",
  relation: "medium",
  other: "low",
};

const lower = (s: Severity): Severity => (s === "high" ? "medium" : "low");

/** Distinct printed values with their outlets: `"v" (A, B)`; a date with the day it resolves to: `"Friday" (2024-04-05; A)`. */
function sideText(ctx: DiscrepancyContext, side: ClaimNode[]): string {
  const byValue = new Map<string, Set<string>>();
  for (const n of side) {
    const v = clip(n.claim.value.trim(), 90);
    byValue.set(v, new Set([...(byValue.get(v) ?? []), ctx.outlet(n.sourceId)]));
  }
  const best = [...byValue.entries()].sort((a, b) => b[1].size - a[1].size || a[0].length - b[0].length)[0];
  const outlets = [...new Set(side.map((n) => ctx.outlet(n.sourceId)))];
  const dates = [...new Set(side.map((n) => (n.claim.attribute === "date" ? n.date : null)).filter((d): d is string => !!d && d !== best[0]))];
  return `"${best[0]}" (${dates.length === 1 ? `${dates[0]}; ` : ""}${humanList(outlets)})`;
}

// ---------------------------------------------------------------- claim-based discrepancies

function conflictsAndVariants(ctx: DiscrepancyContext, g: AlignedGroup): TDiscrepancy[] {
  const out: TDiscrepancy[] = [];
  const subjectName = subjectNameOf(ctx, g.group.subjectEntityId, g.group.label);
  const attr = g.group.attribute;
  const label = ATTRIBUTE_LABEL[attr] ?? attr;
  if (g.group.agreement === "conflict") {
    // sides: components joined by non-conflict edges
    const sidesOf = new UnionFind(g.members.length);
    // same key = same side
    const byKey = new Map<string, number>();
    g.members.forEach((m, i) => {
      const k = byKey.get(m.key);
      if (k === undefined) byKey.set(m.key, i);
      else sidesOf.union(i, k);
    });
    for (const e of g.edges) if (e.relation !== "conflict") sidesOf.union(e.a, e.b);
    const conflictEdges = g.edges.filter((e) => e.relation === "conflict");
    const involved = new Set<number>();
    for (const e of conflictEdges) {
      involved.add(sidesOf.find(e.a));
      involved.add(sidesOf.find(e.b));
    }
    const sides = [...involved].map((root) => {
      const side = g.members.filter((_, i) => sidesOf.find(i) === root);
      const body = side.filter((m) => !m.claim.isCaption);
      return body.length ? body : side;
    });
    const items = sides.flat().map((n) => claimItem(ctx, n)).filter((x): x is TDiscrepancyItem => x !== null);
    if (items.length >= 2) {
      const reason: ConflictReason | null = conflictEdges[0].reason;
      const sidesText = sides.map((s) => sideText(ctx, s)).join(" vs ");
      let summary: string;
      if (reason === "former_vs_current") summary = `Outlets differ on whether ${subjectName} still holds the role: ${sidesText}`;
      else summary = `Outlets differ on ${possessive(subjectName)} ${label}: ${sidesText}`;
      const allCaption = sides.flat().every((n) => n.claim.isCaption);
      let severity = CONFLICT_SEVERITY[attr] ?? "medium";
      // who a quoted source is decides how readers weigh the quotes: a quoted speaker's role is central
      if (attr === "role" && reason === "different_value" && ctx.quotedSpeakers.has(g.group.subjectEntityId)) severity = "high";
      if (reason === "former_vs_current") severity = "medium";
      if (allCaption) severity = lower(severity);
      out.push({
        id: discrepancyId("conflict", attr, items),
        kind: "conflict",
        severity,
        subjectEntityId: g.group.subjectEntityId,
        subject: subjectName,
        attribute: attr,
        summary,
        items,
        missingSourceIds: [],
        groupId: g.group.id,
      });
    }
  } else if (g.group.agreement === "variant") {
    const byKey = new Map<string, ClaimNode[]>();
    for (const m of g.members) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
    const sides = [...byKey.values()].sort((a, b) => b.length - a.length);
    const items = g.members.map((n) => claimItem(ctx, n)).filter((x): x is TDiscrepancyItem => x !== null);
    if (items.length >= 2 && sides.length >= 2) {
      const shown = sides.slice(0, 3).map((s) => sideText(ctx, s)).join(" vs ");
      out.push({
        id: discrepancyId("variant", attr, items),
        kind: "variant",
        severity: "low",
        subjectEntityId: g.group.subjectEntityId,
        subject: subjectName,
        attribute: attr,
        summary: `Outlets word ${possessive(subjectName)} ${label} differently: ${shown}${sides.length > 3 ? " …" : ""}`,
        items,
        missingSourceIds: [],
        groupId: g.group.id,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- omissions

type SentenceRef = { ordinal: number; sourceId: string; start: number; end: number; isCaption: boolean; terms: Set<string>; vec: Map<string, number> };

function buildSentenceIndex(sources: TSourceAnalysis[]) {
  const idf = new IdfTable();
  const perSource = new Map<string, Array<{ terms: string[]; start: number; end: number; isCaption: boolean }>>();
  for (const s of sources) {
    const sents = sentenceSpans(s.analysis).map((sp) => ({
      terms: contentTerms(s.analysis.text.slice(sp.start, sp.end)),
      start: sp.start,
      end: sp.end,
      isCaption: "isCaption" in sp ? Boolean(sp.isCaption) : false,
    }));
    for (const x of sents) idf.add(x.terms);
    perSource.set(s.sourceId, sents);
  }
  const postings = new Map<string, SentenceRef[]>();
  let ordinal = 0;
  for (const [sourceId, sents] of perSource) {
    for (const s of sents) {
      const ref: SentenceRef = { ordinal: ordinal++, sourceId, start: s.start, end: s.end, isCaption: s.isCaption, terms: new Set(s.terms), vec: idf.vector(s.terms) };
      for (const t of ref.terms) {
        const arr = postings.get(t);
        if (arr) arr.push(ref);
        else postings.set(t, [ref]);
      }
    }
  }
  // visitedIn[ref.ordinal] = the last coveringSources call that looked at ref (a stamp, not a per-call Set)
  return { idf, postings, visitedIn: new Uint32Array(ordinal), calls: 0 };
}

function sentenceSpans(a: TArticleAnalysis): Array<{ start: number; end: number; isCaption?: boolean }> {
  if (a.sentences.length) return a.sentences;
  const out: Array<{ start: number; end: number; isCaption?: boolean }> = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (const m of a.text.matchAll(re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/**
 * The sources having a sentence that states what the group's claims state (one pass over postings), with
 * that sentence. `strict` (for facts only one outlet's claims carry) asks for most of the fact's words and a
 * similar sentence.
 */
function coveringSources(index: ReturnType<typeof buildSentenceIndex>, g: AlignedGroup, strict = false): Map<string, SentenceRef> {
  const covered = new Map<string, SentenceRef>();
  const valueTerms = [...new Set(g.members.flatMap((m) => m.valueTerms))];
  const rare = valueTerms.sort((a, b) => index.idf.documentFrequency(a) - index.idf.documentFrequency(b)).slice(0, 4);
  // distinct values only (a fact many outlets print alike is checked once), with a few of their sentences
  const byKey = new Map<string, { vt: Set<string>; members: ClaimNode[] }>();
  for (const m of g.members) {
    const e = byKey.get(m.key) ?? { vt: new Set(m.valueTerms), members: [] };
    if (e.members.length < 3) e.members.push(m);
    byKey.set(m.key, e);
  }
  const values = [...byKey.values()].filter((v) => v.vt.size > 0);
  const vecCache = new Map<ClaimNode, Map<string, number>>();
  const vecOf = (m: ClaimNode) => {
    let v = vecCache.get(m);
    if (!v) vecCache.set(m, (v = index.idf.vector(contentTerms(m.claim.text))));
    return v;
  };
  const similar = (ms: ClaimNode[], ref: SentenceRef, min: number) => ms.some((m) => cosine(vecOf(m), ref.vec) >= min);
  const call = ++index.calls;
  for (const t of rare) {
    for (const ref of index.postings.get(t) ?? []) {
      if (index.visitedIn[ref.ordinal] === call || covered.has(ref.sourceId)) continue;
      index.visitedIn[ref.ordinal] = call;
      // the sentence must carry the fact's own words (all of them, or half plus a similar sentence)
      for (const { vt, members } of values) {
        let hits = 0;
        for (const x of vt) if (ref.terms.has(x)) hits++;
        const share = hits / vt.size;
        const ok = strict
          ? vt.size >= 3 && share >= 0.6 && similar(members, ref, 0.3)
          : share === 1 || (share >= 0.5 && similar(members, ref, 0.5));
        if (ok) {
          covered.set(ref.sourceId, ref);
          break;
        }
      }
    }
  }
  return covered;
}

/** Attributes whose single-outlet claims may count as reported elsewhere when another outlet's sentence states them. */
const SENTENCE_BACKED = new Set(["action", "legal_status", "statement", "relation"]);

function omissions(ctx: DiscrepancyContext, groups: AlignedGroup[], minShare: number): TDiscrepancy[] {
  const n = ctx.sources.length;
  if (n < 3) return [];
  const need = Math.max(2, Math.ceil(minShare * n));
  const index = buildSentenceIndex(ctx.sources);
  // the subject must matter: skip facts whose subject is an "other" placeholder
  const out: TDiscrepancy[] = [];
  for (const g of groups) {
    if (g.group.agreement === "conflict") continue;
    const reporting = new Set(g.members.map((m) => m.sourceId));
    if (reporting.size >= n) continue;
    let covered: Map<string, SentenceRef>;
    const sentenceItems: TDiscrepancyItem[] = [];
    if (reporting.size >= need) covered = coveringSources(index, g);
    else {
      // reported by fewer outlets' claims than needed: other outlets' sentences may state it too
      if (!SENTENCE_BACKED.has(g.group.attribute) || g.members.every((m) => m.claim.isCaption)) continue;
      // cheap bound first: enough sentences must hold at least one of the fact's words
      const most = Math.max(0, ...g.members.flatMap((m) => m.valueTerms).map((t) => index.idf.documentFrequency(t)));
      if (most < need - reporting.size) continue;
      covered = coveringSources(index, g, true);
      const backers = [...covered.values()].filter((r) => !reporting.has(r.sourceId) && !r.isCaption);
      if (reporting.size + backers.length < need) continue;
      for (const r of backers) {
        const text = ctx.bySource.get(r.sourceId)!.analysis.text;
        sentenceItems.push({ sourceId: r.sourceId, claimIndex: null, quoteIndex: null, value: text.slice(r.start, r.end).trim(), excerpt: text.slice(r.start, r.end), start: r.start, end: r.end });
      }
    }
    const missing = ctx.sources.map((s) => s.sourceId).filter((id) => !reporting.has(id) && !covered.has(id));
    if (missing.length === 0) continue;
    // one item per reporting claim, body claims preferred; then the sentences of outlets that state it without a claim
    const items = [...g.members.map((m) => claimItem(ctx, m)).filter((x): x is TDiscrepancyItem => x !== null), ...sentenceItems];
    if (items.length < 2) continue;
    const subjectName = subjectNameOf(ctx, g.group.subjectEntityId, g.group.label);
    const attr = g.group.attribute;
    let severity = OMISSION_SEVERITY[attr] ?? "low";
    if (g.members.every((m) => m.claim.isCaption)) severity = "low";
    const reportingOutlets = humanList([...new Set(items.map((i) => ctx.outlet(i.sourceId)))]);
    const missingOutlets = humanList(missing.map((id) => ctx.outlet(id)));
    const rep = [...g.members].sort((a, b) => Number(a.claim.isCaption) - Number(b.claim.isCaption) || a.claim.value.length - b.claim.value.length)[0];
    out.push({
      id: discrepancyId("omission", attr, items),
      kind: "omission",
      severity,
      subjectEntityId: g.group.subjectEntityId,
      subject: subjectName,
      attribute: attr,
      summary: `${missingOutlets} ${missing.length === 1 ? "does" : "do"} not report what ${reportingOutlets} say about ${possessive(subjectName)} ${ATTRIBUTE_LABEL[attr] ?? attr}: "${clip(rep.claim.value, 90)}"`,
      items,
      missingSourceIds: [...missing].sort(),
      groupId: g.group.id,
    });
  }
  return out;
}

export function detectDiscrepancies(
  sources: TSourceAnalysis[],
  resolution: EntityResolution,
  alignment: Alignment,
  options: DetectOptions = {},
  quoteClusters: QuoteCluster[] = clusterQuotes(sources, resolution),
): TDiscrepancy[] {
  const ctx = makeDiscrepancyContext(sources, resolution);
  const all: TDiscrepancy[] = [];
  for (const g of alignment.groups) all.push(...conflictsAndVariants(ctx, g));
  all.push(...omissions(ctx, alignment.groups, options.omissionMinShare ?? 0.3));
  all.push(...quoteDiscrepancies(ctx, quoteClusters));
  all.push(...quoteOmissions(ctx, quoteClusters, options.omissionMinShare ?? 0.3));
  return rankDistinct(all);
}

/** Most severe first, each discrepancy once, then by kind and summary so the order is stable. */
function rankDistinct(all: TDiscrepancy[]): TDiscrepancy[] {
  all.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const seen = new Set<string>();
  const out = all.filter((d) => {
    // one omission per set of reporting spans (a sentence can carry a count and a legal status)
    const key = d.kind === "omission" ? `omission|${d.items.map((i) => `${i.sourceId}:${i.start}:${i.end}`).sort().join("|")}` : d.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  out.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : a.id < b.id ? -1 : 1),
  );
  return out;
}
