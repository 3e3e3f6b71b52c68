/**
 * Every sentence of every source, indexed by its content terms, to ask which sources state a fact even
 * where no claim was extracted: an omission is only called when the other outlet's text does not state it.
 */
import type { TArticleAnalysis, TSourceAnalysis } from "@/lib/schemas/pipeline";
import type { AlignedGroup } from "../claims/align-claims";
import type { ClaimNode } from "../claims/claim-nodes";
import { contentTerms, cosine, IdfTable } from "../../text/text-similarity";

export type SentenceRef = { ordinal: number; sourceId: string; start: number; end: number; isCaption: boolean; terms: Set<string>; vec: Map<string, number> };

export type SentenceIndex = ReturnType<typeof buildSentenceIndex>;

/** How many of one outlet's sentences holding a fact's rare word are read for it. */
const MAX_SENTENCES_PER_TERM = 64;

export function buildSentenceIndex(sources: TSourceAnalysis[]) {
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
  // term → source → its sentences holding the term, in text order
  const postings = new Map<string, Map<string, SentenceRef[]>>();
  let ordinal = 0;
  for (const [sourceId, sents] of perSource) {
    for (const s of sents) {
      const ref: SentenceRef = { ordinal: ordinal++, sourceId, start: s.start, end: s.end, isCaption: s.isCaption, terms: new Set(s.terms), vec: idf.vector(s.terms) };
      for (const t of ref.terms) {
        let bySource = postings.get(t);
        if (!bySource) postings.set(t, (bySource = new Map()));
        const arr = bySource.get(sourceId);
        if (arr) arr.push(ref);
        else bySource.set(sourceId, [ref]);
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
export function coveringSources(index: SentenceIndex, g: AlignedGroup, strict = false): Map<string, SentenceRef> {
  const covered = new Map<string, SentenceRef>();
  const valueTerms = [...new Set(g.members.flatMap((m) => m.valueTerms))];
  const rare = valueTerms.sort((a, b) => index.idf.documentFrequency(a) - index.idf.documentFrequency(b)).slice(0, 4);
  const values = distinctValues(g);
  const vecCache = new Map<ClaimNode, Map<string, number>>();
  const vecOf = (m: ClaimNode) => {
    let v = vecCache.get(m);
    if (!v) vecCache.set(m, (v = index.idf.vector(contentTerms(m.claim.text))));
    return v;
  };
  const similar = (ms: ClaimNode[], ref: SentenceRef, min: number) => ms.some((m) => cosine(vecOf(m), ref.vec) >= min);
  const call = ++index.calls;
  for (const t of rare) {
    for (const [sourceId, refs] of index.postings.get(t) ?? []) {
      // a fact's rarest words in more sentences of one outlet than this say nothing about it: the walk stays bounded
      for (let i = 0; i < refs.length && i < MAX_SENTENCES_PER_TERM && !covered.has(sourceId); i++) {
        const ref = refs[i];
        if (index.visitedIn[ref.ordinal] === call) continue;
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
  }
  return covered;
}

/** Distinct values only (a fact many outlets print alike is checked once), with a few of their sentences. */
function distinctValues(g: AlignedGroup): Array<{ vt: Set<string>; members: ClaimNode[] }> {
  const byKey = new Map<string, { vt: Set<string>; members: ClaimNode[] }>();
  for (const m of g.members) {
    const e = byKey.get(m.key) ?? { vt: new Set(m.valueTerms), members: [] };
    if (e.members.length < 3) e.members.push(m);
    byKey.set(m.key, e);
  }
  return [...byKey.values()].filter((v) => v.vt.size > 0);
}
