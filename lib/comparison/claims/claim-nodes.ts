/**
 * Claims as comparable nodes: each claim with its global subject, a comparison key for its value, and TF-IDF
 * vectors of its value and of its predicate context, weighted over every claim of every source.
 */
import type { TClaim, TSourceAnalysis } from "@/lib/schemas/pipeline";
import { parseIsoDate } from "./claim-value-time";
import type { EntityResolution } from "../entities/resolve-entities";
import { contentTerms, fold, IdfTable, type SparseVector } from "../../text/text-similarity";

export type ClaimNode = {
  sourceId: string;
  outlet: string;
  claimIndex: number;
  claim: TClaim;
  subjectId: string;
  /** Comparison key of the value: folded normalised value. */
  key: string;
  valueTerms: string[];
  /** Terms of the claim sentence minus the value and subject-name terms: the predicate context. */
  contextTerms: string[];
  valueVec: SparseVector;
  contextVec: SparseVector;
  /** Reference date of the article (ISO), for "since <month>" style spans. */
  refDate: string | null;
  /** The article's own publication date, when it states one. */
  publishedAt: string | null;
  /**
   * Date claims: the calendar date (ISO, at its precision) the claim resolves to, in its own article or across
   * sources (resolve-dates-across); null when unresolved. Always null on other attributes.
   */
  date: string | null;
};

/** The comparison key of a claim value: its folded normalised value with punctuation as single spaces. */
export function claimValueKey(c: TClaim): string {
  return fold(c.normalizedValue || c.value)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function buildClaimNodes(sources: TSourceAnalysis[], resolution: EntityResolution): { nodes: ClaimNode[]; idf: IdfTable } {
  const subjectOf = new Map<string, string>();
  for (const cs of resolution.claimSubjects) subjectOf.set(`${cs.sourceId}\u0000${cs.claimIndex}`, cs.entityId);
  const anyDate = sources.map((s) => s.analysis.meta.publishedAt).find((d) => d && parseIsoDate(d)) ?? null;
  const idf = new IdfTable();
  const raw: Array<Omit<ClaimNode, "valueVec" | "contextVec">> = [];
  // claims of one sentence share its text: its terms are read once (a run-on paste has thousands per window)
  const termsOfText = new Map<string, string[]>();
  const termsOfSubject = new Map<string, Set<string>>();
  const subjectNameTerms = (subjectId: string) => {
    let terms = termsOfSubject.get(subjectId);
    if (!terms) {
      const subject = resolution.byId.get(subjectId);
      termsOfSubject.set(subjectId, (terms = new Set(subject ? [subject.name, ...subject.aliases].flatMap((n) => contentTerms(n)) : [])));
    }
    return terms;
  };
  const sentenceTerms = (text: string) => {
    let terms = termsOfText.get(text);
    if (!terms) termsOfText.set(text, (terms = contentTerms(text)));
    return terms;
  };
  for (const src of sources) {
    const outlet = src.outlet ?? src.analysis.meta.outlet ?? src.sourceId;
    const refDate = src.analysis.meta.publishedAt && parseIsoDate(src.analysis.meta.publishedAt) ? src.analysis.meta.publishedAt : anyDate;
    src.analysis.claims.forEach((claim, claimIndex) => {
      // general facts are aligned by their own frames (lib/comparison/facts), not by typed-claim values
      if (claim.fact) return;
      const subjectId = subjectOf.get(`${src.sourceId}\u0000${claimIndex}`) ?? "";
      const nameTerms = subjectNameTerms(subjectId);
      const valueTerms = contentTerms(claim.normalizedValue ? `${claim.value} ${claim.normalizedValue}` : claim.value);
      const valueSet = new Set(valueTerms);
      const contextTerms = sentenceTerms(claim.text).filter((t) => !valueSet.has(t) && !nameTerms.has(t));
      idf.add([...valueTerms, ...contextTerms]);
      const publishedAt = src.analysis.meta.publishedAt ?? null;
      const date = claim.attribute === "date" ? (claim.resolvedDate ?? null) : null;
      raw.push({ sourceId: src.sourceId, outlet, claimIndex, claim, subjectId, key: claimValueKey(claim), valueTerms, contextTerms, refDate, publishedAt, date });
    });
  }
  const nodes: ClaimNode[] = raw.map((n) => ({ ...n, valueVec: idf.vector(n.valueTerms), contextVec: idf.vector(n.contextTerms) }));
  return { nodes, idf };
}
