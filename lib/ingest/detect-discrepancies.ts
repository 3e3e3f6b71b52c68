/**
 * Discrepancies between outlets, built only from what the sources print:
 *  - conflict: aligned claims that cannot both be true (from align-claims' conflict edges)
 *  - variant: the same fact or quote worded differently
 *  - omission: a fact reported by several outlets and missing from another (checked against the other
 *    outlet's sentences, so a fact the extractor missed but the text states is not called missing)
 *  - attribution: the same quoted words credited to different speakers
 */
import type { TArticleAnalysis, TDiscrepancy, TDiscrepancyItem, TSourceAnalysis } from "@/lib/schemas/pipeline";
import type { AlignedGroup, Alignment } from "./align-claims";
import type { ClaimNode } from "./claim-nodes";
import type { ConflictReason } from "./relate-claim-values";
import type { EntityResolution } from "./resolve-entities";
import { stableId } from "./stable-id";
import { UnionFind } from "./union-find";
import { clusterQuotes, type QuoteCluster, type QuoteNode } from "./cluster-quotes";
import { clip, contentTerms, cosine, humanList, IdfTable, quoteWords, shingles, containsRun } from "./text-similarity";

export type DetectOptions = {
  /** An omission needs at least this share of all sources to report the fact (and at least 2). */
  omissionMinShare?: number;
};

type Severity = TDiscrepancy["severity"];

const ATTRIBUTE_LABEL: Record<string, string> = {
  role: "role",
  time_span: "time span",
  date: "date",
  count: "count",
  location: "location",
  action: "actions",
  legal_status: "legal status",
  statement: "statements",
  relation: "affiliation",
  other: "details",
  quote: "quote",
};
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
const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const KIND_RANK: Record<TDiscrepancy["kind"], number> = { conflict: 0, attribution: 1, omission: 2, variant: 3 };

type Ctx = {
  sources: TSourceAnalysis[];
  bySource: Map<string, TSourceAnalysis>;
  resolution: EntityResolution;
  outlet: (sourceId: string) => string;
  /** Global ids of entities credited with at least one quote. */
  quotedSpeakers: Set<string>;
};

const lower = (s: Severity): Severity => (s === "high" ? "medium" : "low");

function claimItem(ctx: Ctx, n: ClaimNode): TDiscrepancyItem | null {
  const text = ctx.bySource.get(n.sourceId)!.analysis.text;
  const { start, end } = n.claim;
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  return { sourceId: n.sourceId, claimIndex: n.claimIndex, quoteIndex: null, value: n.claim.value, excerpt: text.slice(start, end), start, end };
}

function quoteItem(ctx: Ctx, sourceId: string, quoteIndex: number): TDiscrepancyItem | null {
  const a = ctx.bySource.get(sourceId)!.analysis;
  const q = a.quotes[quoteIndex];
  if (!(q.start >= 0 && q.end > q.start && q.end <= a.text.length)) return null;
  return { sourceId, claimIndex: null, quoteIndex, value: q.text, excerpt: a.text.slice(q.start, q.end), start: q.start, end: q.end };
}

function discrepancyId(kind: string, attribute: string, items: TDiscrepancyItem[]): string {
  const spans = items.map((i) => `${i.sourceId}:${i.start}:${i.end}`).sort();
  return stableId("dis", kind, attribute, ...spans);
}

const possessive = (name: string) => (/s$/i.test(name) ? `${name}’` : `${name}’s`);

/** Distinct printed values with their outlets: `"v" (A, B)`; a date with the day it resolves to: `"Friday" (2024-04-05; A)`. */
function sideText(ctx: Ctx, side: ClaimNode[]): string {
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

function conflictsAndVariants(ctx: Ctx, g: AlignedGroup): TDiscrepancy[] {
  const out: TDiscrepancy[] = [];
  const subject = ctx.resolution.byId.get(g.group.subjectEntityId);
  const subjectName = subject?.name ?? g.group.label;
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

function omissions(ctx: Ctx, groups: AlignedGroup[], minShare: number): TDiscrepancy[] {
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
    const subject = ctx.resolution.byId.get(g.group.subjectEntityId);
    const subjectName = subject?.name ?? g.group.label;
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

// ---------------------------------------------------------------- quotes

function quoteDiscrepancies(ctx: Ctx, clusters: QuoteCluster[]): TDiscrepancy[] {
  const out: TDiscrepancy[] = [];
  const speakerName = (id: string | null) => (id ? (ctx.resolution.byId.get(id)?.name ?? "an unnamed speaker") : "an unnamed speaker");
  for (const c of clusters) {
    if (c.sourceCount < 2) continue;
    const items = c.members.map((m) => quoteItem(ctx, m.sourceId, m.quoteIndex)).filter((x): x is TDiscrepancyItem => x !== null);
    if (items.length < 2) continue;
    const speakers = [...new Set(c.members.map((m) => m.speakerId).filter((x): x is string => !!x))];
    const subjectEntityId = speakers.length === 1 ? speakers[0] : null;
    const subject = subjectEntityId ? speakerName(subjectEntityId) : "quote";
    if (c.attribution) {
      const { severity, maySpeakFor } = c.attribution;
      const outletsOf = (side: QuoteNode[]) => new Set(side.map((m) => m.sourceId)).size;
      const sides = [...c.attribution.sides].sort((a, b) => outletsOf(b) - outletsOf(a));
      const sideText = (side: QuoteNode[]) =>
        `${humanList([...new Set(side.map((m) => speakerName(m.speakerId)))])} (${humanList([...new Set(side.map((m) => ctx.outlet(m.sourceId)))])})`;
      const shortest = sides.flat().sort((a, b) => a.words.length - b.words.length)[0];
      const sideItems = sides.flat().map((m) => quoteItem(ctx, m.sourceId, m.quoteIndex)).filter((x): x is TDiscrepancyItem => x !== null);
      // the speaker most outlets credit is the subject
      const main = sides[0];
      const mainIds = [...new Set(main.map((m) => m.speakerId))];
      out.push({
        id: discrepancyId("attribution", "quote", sideItems),
        kind: "attribution",
        severity,
        subjectEntityId: mainIds.length === 1 ? mainIds[0] : null,
        subject: mainIds.length === 1 ? speakerName(mainIds[0]) : `"${clip(shortest.text, 60)}"`,
        attribute: "quote",
        summary:
          `The words "${clip(shortest.text, 80)}" are credited to ${sides.slice(0, 3).map(sideText).join(" and to ")}` +
          (sides.length > 3 ? ` and to ${sides.length - 3} other speakers` : "") +
          (maySpeakFor ? "; the person may be speaking for the institution" : ""),
        items: sideItems,
        missingSourceIds: [],
        groupId: null,
      });
      continue;
    }
    if (c.kind === "identical") continue;
    const punctuationOnly = c.kind === "punctuation";
    const wordingOf = (m: QuoteNode) => (punctuationOnly ? m.surface : m.words.join(" "));
    const byWording = new Map<string, QuoteNode[]>();
    for (const m of c.members) byWording.set(wordingOf(m), [...(byWording.get(wordingOf(m)) ?? []), m]);
    if (byWording.size < 2) continue;
    const shown = [...byWording.values()]
      .slice(0, 3)
      .map((side, i, all) => `"${aroundDifference(side[0].text, all[i === 0 ? 1 : 0][0].text)}" (${[...new Set(side.map((m) => ctx.outlet(m.sourceId)))].join(", ")})`)
      .join(" vs ");
    const who = subjectEntityId ? `${possessive(speakerName(subjectEntityId))} words` : "the same quote";
    out.push({
      id: discrepancyId("variant", "quote", items),
      kind: "variant",
      severity: punctuationOnly ? "low" : "medium",
      subjectEntityId,
      subject,
      attribute: "quote",
      summary: punctuationOnly
        ? `Outlets print ${who} with different punctuation only (same words): ${shown}`
        : `Outlets quote ${who} with different wording: ${shown}`,
      items,
      missingSourceIds: [],
      groupId: null,
    });
  }
  return out;
}

/** Does a source print these words (as a quotation or not)? Checked on its folded text. */
function printsWords(words: string[], textWords: string[], textShingles: Set<string>): boolean {
  if (words.length < 3) return containsRun(textWords, words);
  const sh = shingles(words);
  let hits = 0;
  for (const s of sh) if (textShingles.has(s)) hits++;
  return hits / sh.length >= 0.5;
}

/**
 * Quotations printed by several outlets and absent from another: one discrepancy per speaker and set of
 * missing outlets, carrying every such quote.
 */
function quoteOmissions(ctx: Ctx, clusters: QuoteCluster[], minShare: number): TDiscrepancy[] {
  const n = ctx.sources.length;
  if (n < 3) return [];
  const need = Math.max(2, Math.ceil(minShare * n));
  const textIndex = new Map<string, { words: string[]; shingles: Set<string> }>();
  const indexOf = (sourceId: string) => {
    let t = textIndex.get(sourceId);
    if (!t) {
      const words = quoteWords(ctx.bySource.get(sourceId)!.analysis.text);
      t = { words, shingles: new Set(shingles(words)) };
      textIndex.set(sourceId, t);
    }
    return t;
  };
  type Bucket = { subjectEntityId: string | null; missing: string[]; clusters: QuoteCluster[] };
  const buckets = new Map<string, Bucket>();
  for (const c of clusters) {
    const reporting = new Set(c.members.map((m) => m.sourceId));
    if (reporting.size < need || reporting.size >= n || c.attribution) continue;
    const shortest = [...c.members].sort((a, b) => a.words.length - b.words.length)[0];
    if (shortest.words.length < 5) continue; // short stock phrases are not worth an omission
    const missing = ctx.sources.map((s) => s.sourceId).filter((id) => {
      if (reporting.has(id)) return false;
      const t = indexOf(id);
      return !printsWords(shortest.words, t.words, t.shingles);
    });
    if (missing.length === 0) continue;
    const speakers = [...new Set(c.members.map((m) => m.speakerId).filter((x): x is string => !!x))];
    const subjectEntityId = speakers.length === 1 ? speakers[0] : null;
    const key = `${subjectEntityId ?? c.id}\u0000${missing.sort().join("|")}`;
    const b = buckets.get(key) ?? { subjectEntityId, missing, clusters: [] };
    b.clusters.push(c);
    buckets.set(key, b);
  }
  const out: TDiscrepancy[] = [];
  for (const b of buckets.values()) {
    const members = b.clusters.flatMap((c) => c.members);
    const items = members.map((m) => quoteItem(ctx, m.sourceId, m.quoteIndex)).filter((x): x is TDiscrepancyItem => x !== null);
    if (items.length < 2) continue;
    const speaker = b.subjectEntityId ? (ctx.resolution.byId.get(b.subjectEntityId)?.name ?? null) : null;
    const reportingOutlets = humanList([...new Set(members.map((m) => ctx.outlet(m.sourceId)))]);
    const missingOutlets = humanList(b.missing.map((id) => ctx.outlet(id)));
    // the longest quote is the most informative example
    const example = [...members].sort((x, y) => y.words.length - x.words.length)[0];
    const what = b.clusters.length === 1 ? "the quote" : `${b.clusters.length} quotes`;
    out.push({
      id: discrepancyId("omission", "quote", items),
      kind: "omission",
      severity: "low",
      subjectEntityId: b.subjectEntityId,
      subject: speaker ?? "quote",
      attribute: "quote",
      summary: `${missingOutlets} ${b.missing.length === 1 ? "does" : "do"} not carry ${what}${speaker ? ` from ${speaker}` : ""} that ${reportingOutlets} print${b.clusters.length > 1 ? ", e.g." : ":"} "${clip(example.text, 90)}"`,
      items,
      missingSourceIds: b.missing,
      groupId: null,
    });
  }
  return out;
}

/** The quote, or when long, a window of it around where it first differs from `other`. */
function aroundDifference(text: string, other: string, max = 90): string {
  if (text.length <= max) return text;
  const norm = (s: string) => s.toLowerCase().replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'");
  const a = norm(text);
  const b = norm(other);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i < max - 20) return clip(text, max);
  let start = text.lastIndexOf(" ", Math.max(0, i - 40));
  if (start < 0) start = 0;
  return `…${clip(text.slice(start).trim(), max)}`;
}

// ---------------------------------------------------------------- entry point

export function detectDiscrepancies(
  sources: TSourceAnalysis[],
  resolution: EntityResolution,
  alignment: Alignment,
  options: DetectOptions = {},
  quoteClusters: QuoteCluster[] = clusterQuotes(sources, resolution),
): TDiscrepancy[] {
  const bySource = new Map(sources.map((s) => [s.sourceId, s]));
  const ctx: Ctx = {
    sources,
    bySource,
    resolution,
    quotedSpeakers: new Set(resolution.quoteSpeakers.map((q) => q.entityId)),
    outlet: (id) => {
      const s = bySource.get(id);
      return s?.outlet ?? s?.analysis.meta.outlet ?? id;
    },
  };
  const all: TDiscrepancy[] = [];
  for (const g of alignment.groups) all.push(...conflictsAndVariants(ctx, g));
  all.push(...omissions(ctx, alignment.groups, options.omissionMinShare ?? 0.3));
  all.push(...quoteDiscrepancies(ctx, quoteClusters));
  all.push(...quoteOmissions(ctx, quoteClusters, options.omissionMinShare ?? 0.3));
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
