import type { TClaimAttribute } from "@/lib/schemas/pipeline";
import type { NameBook, TGoldArticle } from "./gold";
import type { PredictionIndex } from "./context";
import { clip, locateInEvidence, overlapLength, ratio, type Span } from "./text";

export type ClaimMissReason =
  | "unlocatable" // the gold evidence is not in analysis.text (e.g. removed as boilerplate)
  | "no_claim_at_value" // no predicted claim's value overlaps the gold value
  | "wrong_attribute" // a claim covers the value, with another attribute
  | "wrong_subject"; // a claim with the right attribute covers the value, about another subject

export type ClaimMiss = {
  sourceId: string;
  subject: string;
  attribute: TClaimAttribute;
  value: string;
  reason: ClaimMissReason;
  /** What the nearest predicted claims at that place said: "attribute subject: value". */
  near: string[];
  inQuote: boolean;
};

export type ClaimSpurious = { sourceId: string; claimIndex: number; attribute: string; subject: string; value: string };

export type AttributeRecall = { gold: number; found: number; recall: number | null };

export type ClaimScores = {
  gold: number;
  found: number;
  recall: number | null;
  /** Gold claims flagged inQuote (facts asserted inside quoted statements), included in the totals. */
  inQuoteGold: number;
  inQuoteFound: number;
  byAttribute: Record<string, AttributeRecall>;
  bySource: Record<string, AttributeRecall>;
  /** Seed × attribute: where a kind occurs in a seed, how many of its gold claims were found there. */
  bySourceAttribute: Record<string, Record<string, AttributeRecall>>;
  predicted: number;
  /** General facts the articles yielded beside the typed claims. */
  facts: number;
  /** Predicted claims whose value overlaps no gold claim location at all (may be legitimate extra facts). */
  unmatchedPredicted: ClaimSpurious[];
  missed: ClaimMiss[];
};

/**
 * Claim recall by attribute: a gold claim is found when a predicted claim in that article has the same
 * attribute, a subject whose entity goes by the gold subject (or an accepted alternative), and a value
 * span overlapping the gold value at one of the places the article prints it.
 */
export function scoreClaims(golds: TGoldArticle[], pred: PredictionIndex, names: NameBook): ClaimScores {
  const out: ClaimScores = {
    gold: 0, found: 0, recall: null, inQuoteGold: 0, inQuoteFound: 0, byAttribute: {}, bySource: {}, bySourceAttribute: {},
    predicted: 0, facts: 0, unmatchedPredicted: [], missed: [],
  };
  const bump = (rec: Record<string, AttributeRecall>, key: string, found: boolean) => {
    const r = (rec[key] ??= { gold: 0, found: 0, recall: null });
    r.gold++;
    if (found) r.found++;
  };
  for (const gold of golds) {
    const src = pred.source(gold.file);
    if (!src) continue;
    const text = src.analysis.text;
    const claims = src.analysis.claims;
    // general facts (lib/analysis/facts) are no typed claims: the seed gold does not list them, so they are counted apart
    out.predicted += claims.filter((c) => !c.fact).length;
    out.facts += claims.length - claims.filter((c) => !c.fact).length;
    const touched = new Set<number>();
    const describe = (i: number) => {
      const c = claims[i];
      const subj = pred.claimSubjectNames(gold.file, i)[0] ?? c.subjectKey;
      return `${c.attribute} ${subj}: ${clip(c.value, 50)}`;
    };
    for (const gc of gold.claims) {
      const places: Span[] = [];
      for (const p of [{ value: gc.value, evidence: gc.evidence }, ...(gc.alt ?? [])]) {
        const sp = locateInEvidence(text, p.value, p.evidence);
        if (sp) places.push(sp);
      }
      const atValue = claims
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => places.some((sp) => overlapLength(sp, { start: c.valueStart, end: c.valueEnd }) > 0));
      for (const { i } of atValue) touched.add(i);
      const sameAttr = atValue.filter(({ c }) => c.attribute === gc.attribute);
      const hit = sameAttr.some(({ i }) => names.matches(pred.claimSubjectNames(gold.file, i), gc.subject, gc.alsoSubjects ?? []));
      out.gold++;
      if (gc.inQuote) out.inQuoteGold++;
      if (hit) {
        out.found++;
        if (gc.inQuote) out.inQuoteFound++;
      } else {
        const reason: ClaimMissReason =
          places.length === 0 ? "unlocatable" : atValue.length === 0 ? "no_claim_at_value" : sameAttr.length === 0 ? "wrong_attribute" : "wrong_subject";
        out.missed.push({
          sourceId: gold.file, subject: gc.subject, attribute: gc.attribute, value: gc.value, reason,
          near: atValue.slice(0, 3).map(({ i }) => describe(i)), inQuote: gc.inQuote === true,
        });
      }
      bump(out.byAttribute, gc.attribute, hit);
      bump(out.bySource, gold.file, hit);
      bump((out.bySourceAttribute[gold.file] ??= {}), gc.attribute, hit);
    }
    claims.forEach((c, i) => {
      if (touched.has(i) || c.fact) return;
      out.unmatchedPredicted.push({
        sourceId: gold.file, claimIndex: i, attribute: c.attribute,
        subject: pred.claimSubjectNames(gold.file, i)[0] ?? c.subjectKey, value: clip(c.value, 60),
      });
    });
  }
  const cells = Object.values(out.bySourceAttribute).flatMap((bySeed) => Object.values(bySeed));
  for (const r of [...Object.values(out.byAttribute), ...Object.values(out.bySource), ...cells]) r.recall = ratio(r.found, r.gold);
  out.recall = ratio(out.found, out.gold);
  return out;
}
