/**
 * Quote fidelity across outlets: the same quotation printed by several outlets is one cluster, whether
 * printed identically, with different punctuation, with different words, or as a shorter excerpt.
 * Blocking by word shingles keeps the cost near-linear in the number of quotes. A cluster also says whether
 * the outlets credit the words to different speakers, and how much that matters (credited-speakers.ts).
 */
import type { TQuoteCluster, TQuoteClusterKind, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { attributionOf, type Attribution } from "./credited-speakers";
import { creditedBody } from "./credited-body";
import type { EntityResolution } from "../entities/resolve-entities";
import { stableId } from "../../text/stable-id";
import { containment, containsRun, fold, quoteSurface, quoteWords, shingles } from "../../text/text-similarity";

export type QuoteNode = {
  sourceId: string;
  quoteIndex: number;
  words: string[];
  surface: string;
  speakerId: string | null;
  /** A body credited instead of a resolved speaker ("the board"), folded; null otherwise (credited-body.ts). */
  body: string | null;
  text: string;
  /** Printed attribution cue ("the X administration said"), folded; "" when none. */
  cue: string;
};

export type { Attribution };

export type QuoteCluster = {
  id: string;
  members: QuoteNode[];
  kind: TQuoteClusterKind;
  sourceCount: number;
  /** Every pair is the same words or an exact excerpt of the other. */
  nested: boolean;
  attribution: Attribution | null;
};

const MIN_QUOTE_WORDS = 3;
const MAX_POSTING = 200;
/** Two printings differing by one edit of at most this many words, with this many words kept around it, are one quote. */
const MAX_EDIT_WORDS = 2;
const MIN_EDIT_CONTEXT = 5;
/** An attribution cue that names a channel rather than a speaker ("the Example Post reported"). */
const REPORTED_CUE = /\breport(?:ed|s|ing)?\b/;

export function buildQuoteNodes(sources: TSourceAnalysis[], resolution: EntityResolution): QuoteNode[] {
  const speakerOf = new Map<string, string>();
  for (const qs of resolution.quoteSpeakers) speakerOf.set(`${qs.sourceId}\u0000${qs.quoteIndex}`, qs.entityId);
  const nodes: QuoteNode[] = [];
  for (const s of sources) {
    const cited = new Set((s.analysis.citations ?? []).map((c) => c.entityKey).filter((k): k is string => !!k));
    s.analysis.quotes.forEach((q, quoteIndex) => {
      const words = quoteWords(q.text);
      if (words.length < MIN_QUOTE_WORDS) return;
      const cue = q.cueStart !== null && q.cueEnd !== null && q.cueEnd > q.cueStart ? fold(s.analysis.text.slice(q.cueStart, q.cueEnd)) : "";
      // "…," the Example Post reported: the outlet relayed the words, it did not say them
      const relayed = REPORTED_CUE.test(cue) || (q.speakerKey !== null && cited.has(q.speakerKey));
      const speakerId = relayed ? null : (speakerOf.get(`${s.sourceId}\u0000${quoteIndex}`) ?? null);
      const body = relayed || speakerId ? null : creditedBody(q.speakerName);
      nodes.push({ sourceId: s.sourceId, quoteIndex, words, surface: quoteSurface(q.text), speakerId, body, text: q.text, cue });
    });
  }
  return nodes;
}

/** The roles each outlet gives each resolved person ("chief prosecutor"), folded: who may speak for a body. */
function rolesByEntity(sources: TSourceAnalysis[], resolution: EntityResolution): Map<string, string[]> {
  const subjectOf = new Map(resolution.claimSubjects.map((c) => [`${c.sourceId}\u0000${c.claimIndex}`, c.entityId]));
  const roles = new Map<string, string[]>();
  for (const s of sources)
    s.analysis.claims.forEach((claim, claimIndex) => {
      if (claim.attribute !== "role") return;
      const id = subjectOf.get(`${s.sourceId}\u0000${claimIndex}`);
      if (id) roles.set(id, [...(roles.get(id) ?? []), fold(claim.value)]);
    });
  return roles;
}

export function sameQuote(a: QuoteNode, b: QuoteNode, sa: Set<string>, sb: Set<string>): boolean {
  if (a.words.join(" ") === b.words.join(" ")) return true;
  const shortLen = Math.min(a.words.length, b.words.length);
  // a three-word excerpt ("we will win") is the same quotation only when both outlets credit one speaker
  const minRun = a.speakerId !== null && a.speakerId === b.speakerId ? MIN_QUOTE_WORDS : 4;
  if (shortLen >= minRun && (containsRun(a.words, b.words) || containsRun(b.words, a.words))) return true;
  return oneSmallEdit(a.words, b.words) || (containment(sa, sb) >= 0.6 && containment(a.words, b.words) >= 0.7);
}

/** One or two words changed in the middle of a short quote ("we will close" / "we may close") break most shingles. */
function oneSmallEdit(a: string[], b: string[]): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return p + s >= MIN_EDIT_CONTEXT && a.length - p - s <= MAX_EDIT_WORDS && b.length - p - s <= MAX_EDIT_WORDS;
}

function pairNested(a: string[], b: string[]): boolean {
  return a.join(" ") === b.join(" ") || containsRun(a, b) || containsRun(b, a);
}

function kindOf(members: QuoteNode[]): { kind: TQuoteClusterKind; nested: boolean } {
  // compare distinct printings only (a much-repeated quote is one printing)
  const variants = new Map<string, { node: QuoteNode; sources: Set<string> }>();
  for (const m of members) {
    const k = `${m.words.join(" ")}\u0000${m.surface}`;
    const v = variants.get(k) ?? { node: m, sources: new Set<string>() };
    v.sources.add(m.sourceId);
    variants.set(k, v);
  }
  const list = [...variants.values()];
  let nested = true;
  let punct = false;
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i].node;
      const b = list[j].node;
      // two printings of one outlet only are not a cross-outlet difference
      if (list[i].sources.size === 1 && list[j].sources.size === 1 && a.sourceId === b.sourceId) continue;
      if (!pairNested(a.words, b.words)) nested = false;
      else if (a.words.join(" ") === b.words.join(" ")) punct = true;
      else {
        // an excerpt: compare the punctuation of the overlapping stretch
        const [short, long] = a.words.length < b.words.length ? [a, b] : [b, a];
        if (!long.surface.includes(short.surface)) punct = true;
      }
    }
  return { kind: !nested ? "wording" : punct ? "punctuation" : "identical", nested };
}

/** Cluster the quotations of all sources (cross-source links only; a cluster may hold one source). */
export function clusterQuotes(sources: TSourceAnalysis[], resolution: EntityResolution): QuoteCluster[] {
  const roles = rolesByEntity(sources, resolution);
  const nodes = buildQuoteNodes(sources, resolution);
  const sh = nodes.map((n) => new Set(shingles(n.words)));
  const postings = new Map<string, number[]>();
  sh.forEach((set, i) => {
    for (const s of set) {
      const arr = postings.get(s);
      if (arr) arr.push(i);
      else postings.set(s, [i]);
    }
  });
  const parent = nodes.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const tried = new Set<number>();
  for (const full of postings.values()) {
    let list = full;
    if (list.length > MAX_POSTING) {
      // a much-repeated quote: identical wordings join at once, and only one of each wording is compared
      const firstOf = new Map<string, number>();
      for (const i of list) {
        const k = nodes[i].words.join(" ");
        const f = firstOf.get(k);
        if (f === undefined) firstOf.set(k, i);
        else if (nodes[f].sourceId !== nodes[i].sourceId || find(f) !== find(i)) parent[find(i)] = find(f);
      }
      list = [...firstOf.values()];
      if (list.length > MAX_POSTING) continue;
    }
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        if (nodes[i].sourceId === nodes[j].sourceId) continue;
        const k = i * nodes.length + j;
        if (tried.has(k)) continue;
        tried.add(k);
        if (find(i) !== find(j) && sameQuote(nodes[i], nodes[j], sh[i], sh[j])) parent[find(i)] = find(j);
      }
  }
  const comps = new Map<number, QuoteNode[]>();
  nodes.forEach((n, i) => {
    const r = find(i);
    const arr = comps.get(r);
    if (arr) arr.push(n);
    else comps.set(r, [n]);
  });
  const used = new Set<string>();
  const clusters: QuoteCluster[] = [];
  for (const members of comps.values()) {
    members.sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.quoteIndex - b.quoteIndex));
    const sourceCount = new Set(members.map((m) => m.sourceId)).size;
    const { kind, nested } = sourceCount < 2 ? { kind: "identical" as const, nested: true } : kindOf(members);
    const attribution = sourceCount < 2 ? null : attributionOf(members, resolution.byId, roles);
    const longest = [...members].sort((a, b) => b.words.length - a.words.length || (a.surface < b.surface ? -1 : 1))[0];
    let id = stableId("qcl", longest.words.join(" "));
    if (used.has(id)) id = stableId("qcl", longest.words.join(" "), ...members.map((m) => `${m.sourceId}:${m.quoteIndex}`));
    used.add(id);
    clusters.push({ id, members, kind, sourceCount, nested, attribution });
  }
  clusters.sort((a, b) => (a.id < b.id ? -1 : 1));
  return clusters;
}

/** The contract view of the clusters spanning two or more sources. */
export function toQuoteClusters(clusters: QuoteCluster[]): TQuoteCluster[] {
  return clusters
    .filter((c) => c.sourceCount >= 2)
    .map((c) => {
      const longest = [...c.members].sort((a, b) => b.words.length - a.words.length)[0];
      return {
        id: c.id,
        kind: c.kind,
        text: longest.text,
        quotes: c.members.map((m) => ({ sourceId: m.sourceId, quoteIndex: m.quoteIndex, speakerEntityId: m.speakerId })),
        speakerEntityIds: [...new Set(c.members.map((m) => m.speakerId).filter((x): x is string => !!x))].sort(),
        attributionDiffers: c.attribution !== null,
      };
    });
}
