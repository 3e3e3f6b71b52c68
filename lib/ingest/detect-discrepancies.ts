/**
 * Discrepancies between outlets, built only from what the sources print:
 *  - conflict: aligned claims that cannot both be true (from align-claims' conflict edges)
 *  - variant: the same fact or quote worded differently
 *  - omission: a fact reported by several outlets and missing from another (checked against the other
 *    outlet's sentences, so a fact the extractor missed but the text states is not called missing)
 *  - attribution: the same quoted words credited to different speakers
 */
import type { TArticleAnalysis, TDiscrepancy, TDiscrepancyItem, TSourceAnalysis } from "@/lib/schemas/pipeline";
import type { AlignedGroup, Alignment, ClaimNode, ConflictReason } from "./align-claims";
import type { EntityResolution } from "./resolve-entities";
import { stableId } from "./stable-id";
import { clip, containment, contentTerms, cosine, humanList, IdfTable, quoteSurface, quoteWords, shingles, containsRun } from "./text-similarity";

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

/** Distinct printed values with their outlets: `"v" (A, B)`. */
function sideText(ctx: Ctx, side: ClaimNode[]): string {
  const byValue = new Map<string, Set<string>>();
  for (const n of side) {
    const v = clip(n.claim.value.trim(), 90);
    byValue.set(v, new Set([...(byValue.get(v) ?? []), ctx.outlet(n.sourceId)]));
  }
  const best = [...byValue.entries()].sort((a, b) => b[1].size - a[1].size || a[0].length - b[0].length)[0];
  const outlets = [...new Set(side.map((n) => ctx.outlet(n.sourceId)))];
  return `"${best[0]}" (${outlets.join(", ")})`;
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
    const parent = g.members.map((_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
    // same key = same side
    const byKey = new Map<string, number>();
    g.members.forEach((m, i) => {
      const k = byKey.get(m.key);
      if (k === undefined) byKey.set(m.key, i);
      else parent[find(i)] = find(k);
    });
    for (const e of g.edges) if (e.relation !== "conflict") parent[find(e.a)] = find(e.b);
    const conflictEdges = g.edges.filter((e) => e.relation === "conflict");
    const involved = new Set<number>();
    for (const e of conflictEdges) {
      involved.add(find(e.a));
      involved.add(find(e.b));
    }
    const sides = [...involved].map((root) => {
      const side = g.members.filter((_, i) => find(i) === root);
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

type SentenceRef = { sourceId: string; terms: Set<string>; vec: Map<string, number> };

function buildSentenceIndex(sources: TSourceAnalysis[]) {
  const idf = new IdfTable();
  const perSource = new Map<string, Array<{ terms: string[] }>>();
  for (const s of sources) {
    const sents = sentenceSpans(s.analysis).map((sp) => ({ terms: contentTerms(s.analysis.text.slice(sp.start, sp.end)) }));
    for (const x of sents) idf.add(x.terms);
    perSource.set(s.sourceId, sents);
  }
  const postings = new Map<string, SentenceRef[]>();
  for (const [sourceId, sents] of perSource) {
    for (const s of sents) {
      const ref: SentenceRef = { sourceId, terms: new Set(s.terms), vec: idf.vector(s.terms) };
      for (const t of ref.terms) {
        const arr = postings.get(t);
        if (arr) arr.push(ref);
        else postings.set(t, [ref]);
      }
    }
  }
  return { idf, postings };
}

function sentenceSpans(a: TArticleAnalysis): Array<{ start: number; end: number }> {
  if (a.sentences.length) return a.sentences;
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (const m of a.text.matchAll(re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/** The sources having a sentence that states what the group's claims state (one pass over postings). */
function coveringSources(index: ReturnType<typeof buildSentenceIndex>, g: AlignedGroup): Set<string> {
  const covered = new Set<string>();
  const valueTerms = [...new Set(g.members.flatMap((m) => m.valueTerms))];
  const rare = valueTerms.sort((a, b) => index.idf.documentFrequency(a) - index.idf.documentFrequency(b)).slice(0, 4);
  const claimVecs = g.members.map((m) => index.idf.vector(contentTerms(m.claim.text)));
  const valueSets = g.members.map((m) => new Set(m.valueTerms));
  const seen = new Set<SentenceRef>();
  for (const t of rare) {
    for (const ref of index.postings.get(t) ?? []) {
      if (covered.has(ref.sourceId) || seen.has(ref)) continue;
      seen.add(ref);
      // the sentence must carry the fact's own words (all of them, or half plus a similar sentence)
      for (let i = 0; i < g.members.length; i++) {
        const vt = valueSets[i];
        if (vt.size === 0) continue;
        let hits = 0;
        for (const x of vt) if (ref.terms.has(x)) hits++;
        const share = hits / vt.size;
        if (share === 1 || (share >= 0.5 && cosine(claimVecs[i], ref.vec) >= 0.5)) {
          covered.add(ref.sourceId);
          break;
        }
      }
    }
  }
  return covered;
}

function omissions(ctx: Ctx, groups: AlignedGroup[], minShare: number): TDiscrepancy[] {
  const n = ctx.sources.length;
  if (n < 3) return [];
  const need = Math.max(2, Math.ceil(minShare * n));
  const index = buildSentenceIndex(ctx.sources);
  // the subject must matter: skip facts whose subject is an "other" placeholder
  const out: TDiscrepancy[] = [];
  for (const g of groups) {
    if (g.group.agreement !== "agree" && g.group.agreement !== "variant") continue;
    const reporting = new Set(g.members.map((m) => m.sourceId));
    if (reporting.size < need || reporting.size >= n) continue;
    const covered = coveringSources(index, g);
    const missing = ctx.sources.map((s) => s.sourceId).filter((id) => !reporting.has(id) && !covered.has(id));
    if (missing.length === 0) continue;
    // one item per reporting claim, body claims preferred
    const items = g.members.map((m) => claimItem(ctx, m)).filter((x): x is TDiscrepancyItem => x !== null);
    if (items.length < 2) continue;
    const subject = ctx.resolution.byId.get(g.group.subjectEntityId);
    const subjectName = subject?.name ?? g.group.label;
    const attr = g.group.attribute;
    let severity = OMISSION_SEVERITY[attr] ?? "low";
    if (g.members.every((m) => m.claim.isCaption)) severity = "low";
    const reportingOutlets = humanList([...new Set(g.members.map((m) => ctx.outlet(m.sourceId)))]);
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

export type QuoteNode = { sourceId: string; quoteIndex: number; words: string[]; surface: string; speakerId: string | null; text: string };
export type QuoteCluster = {
  members: QuoteNode[];
  /** agree: same words and punctuation; variant: same quote printed differently; attribution: credited to different speakers. */
  agreement: "agree" | "variant" | "attribution" | "single";
  punctuationOnly: boolean;
};

const MIN_QUOTE_WORDS = 3;

export function clusterQuotes(sources: TSourceAnalysis[], resolution: EntityResolution): QuoteCluster[] {
  const speakerOf = new Map<string, string>();
  for (const qs of resolution.quoteSpeakers) speakerOf.set(`${qs.sourceId}\u0000${qs.quoteIndex}`, qs.entityId);
  const nodes: QuoteNode[] = [];
  for (const s of sources)
    s.analysis.quotes.forEach((q, quoteIndex) => {
      const words = quoteWords(q.text);
      if (words.length < MIN_QUOTE_WORDS) return;
      nodes.push({ sourceId: s.sourceId, quoteIndex, words, surface: quoteSurface(q.text), speakerId: speakerOf.get(`${s.sourceId}\u0000${quoteIndex}`) ?? null, text: q.text });
    });
  const sh = nodes.map((n) => new Set(shingles(n.words)));
  const postings = new Map<string, number[]>();
  sh.forEach((set, i) => {
    for (const s of set) postings.set(s, [...(postings.get(s) ?? []), i]);
  });
  const parent = nodes.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const tried = new Set<string>();
  for (const list of postings.values()) {
    if (list.length > 200) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        if (nodes[i].sourceId === nodes[j].sourceId) continue;
        const k = `${i}:${j}`;
        if (tried.has(k)) continue;
        tried.add(k);
        if (sameQuote(nodes[i], nodes[j], sh[i], sh[j])) parent[find(i)] = find(j);
      }
  }
  const comps = new Map<number, QuoteNode[]>();
  nodes.forEach((n, i) => comps.set(find(i), [...(comps.get(find(i)) ?? []), n]));
  const clusters: QuoteCluster[] = [];
  for (const members of comps.values()) {
    const srcs = new Set(members.map((m) => m.sourceId));
    if (srcs.size < 2) {
      clusters.push({ members, agreement: "single", punctuationOnly: false });
      continue;
    }
    const wordKeys = new Set(members.map((m) => m.words.join(" ")));
    const surfaces = new Set(members.map((m) => m.surface));
    let agreement: QuoteCluster["agreement"] = "agree";
    let punctuationOnly = false;
    if (attributionSides(members)) agreement = "attribution";
    else if (wordKeys.size === 1 && surfaces.size > 1) {
      agreement = "variant";
      punctuationOnly = true;
    } else if (wordKeys.size > 1 && !allNested(members)) agreement = "variant";
    clusters.push({ members, agreement, punctuationOnly });
  }
  return clusters;
}

function sameQuote(a: QuoteNode, b: QuoteNode, sa: Set<string>, sb: Set<string>): boolean {
  if (a.words.join(" ") === b.words.join(" ")) return true;
  const shortLen = Math.min(a.words.length, b.words.length);
  if (shortLen >= 4 && (containsRun(a.words, b.words) || containsRun(b.words, a.words))) return true;
  return containment(sa, sb) >= 0.6 && containment(a.words, b.words) >= 0.7;
}

/** Every pair of members is the same words or one a contiguous part of the other (a shorter excerpt). */
function allNested(members: QuoteNode[]): boolean {
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i].words;
      const b = members[j].words;
      if (a.join(" ") === b.join(" ")) continue;
      if (!containsRun(a, b) && !containsRun(b, a)) return false;
    }
  return true;
}

/** Sources whose credited speakers are disjoint: [[sourceA speakers], [sourceB speakers]] or null. */
function attributionSides(members: QuoteNode[]): [QuoteNode[], QuoteNode[]] | null {
  const bySource = new Map<string, QuoteNode[]>();
  for (const m of members) if (m.speakerId) bySource.set(m.sourceId, [...(bySource.get(m.sourceId) ?? []), m]);
  const list = [...bySource.values()];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const A = new Set(list[i].map((m) => m.speakerId));
      if (list[j].every((m) => !A.has(m.speakerId))) return [list[i], list[j]];
    }
  return null;
}

function quoteDiscrepancies(ctx: Ctx, clusters: QuoteCluster[]): TDiscrepancy[] {
  const out: TDiscrepancy[] = [];
  const speakerName = (id: string | null) => (id ? (ctx.resolution.byId.get(id)?.name ?? "an unnamed speaker") : "an unnamed speaker");
  for (const c of clusters) {
    if (c.agreement === "single" || c.agreement === "agree") continue;
    const items = c.members.map((m) => quoteItem(ctx, m.sourceId, m.quoteIndex)).filter((x): x is TDiscrepancyItem => x !== null);
    if (items.length < 2) continue;
    const speakers = [...new Set(c.members.map((m) => m.speakerId).filter((x): x is string => !!x))];
    const subjectEntityId = speakers.length === 1 ? speakers[0] : null;
    const subject = subjectEntityId ? speakerName(subjectEntityId) : "quote";
    const longest = [...c.members].sort((a, b) => b.words.length - a.words.length)[0];
    if (c.agreement === "attribution") {
      const sides = attributionSides(c.members)!;
      const sideText = (side: QuoteNode[]) => `${humanList([...new Set(side.map((m) => speakerName(m.speakerId)))])} (${ctx.outlet(side[0].sourceId)})`;
      const types = sides.flat().map((m) => ctx.resolution.byId.get(m.speakerId ?? "")?.type);
      const bothPersons = types.every((t) => t === "person");
      const shortest = [...sides[0], ...sides[1]].sort((a, b) => a.words.length - b.words.length)[0];
      const sideItems = sides.flat().map((m) => quoteItem(ctx, m.sourceId, m.quoteIndex)).filter((x): x is TDiscrepancyItem => x !== null);
      out.push({
        id: discrepancyId("attribution", "quote", sideItems),
        kind: "attribution",
        severity: bothPersons ? "high" : "low",
        subjectEntityId: null,
        subject: `"${clip(shortest.text, 60)}"`,
        attribute: "quote",
        summary: `Outlets credit the words "${clip(shortest.text, 80)}" to different speakers: ${sideText(sides[0])} vs ${sideText(sides[1])}`,
        items: sideItems,
        missingSourceIds: [],
        groupId: null,
      });
      continue;
    }
    const byWording = new Map<string, QuoteNode[]>();
    for (const m of c.members) byWording.set(c.punctuationOnly ? m.surface : m.words.join(" "), [...(byWording.get(c.punctuationOnly ? m.surface : m.words.join(" ")) ?? []), m]);
    const shown = [...byWording.values()]
      .slice(0, 3)
      .map((side, i, all) => `"${aroundDifference(side[0].text, all[i === 0 ? 1 : 0][0].text)}" (${[...new Set(side.map((m) => ctx.outlet(m.sourceId)))].join(", ")})`)
      .join(" vs ");
    const who = subjectEntityId ? `${possessive(speakerName(subjectEntityId))} words` : "the same quote";
    out.push({
      id: discrepancyId("variant", "quote", items),
      kind: "variant",
      severity: c.punctuationOnly ? "low" : "medium",
      subjectEntityId,
      subject,
      attribute: "quote",
      summary: c.punctuationOnly
        ? `Outlets print ${who} with different punctuation only (same words): ${shown}`
        : `Outlets quote ${who} with different wording: ${shown}`,
      items,
      missingSourceIds: [],
      groupId: null,
    });
    void longest;
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
  all.push(...quoteDiscrepancies(ctx, clusterQuotes(sources, resolution)));
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
