/**
 * What every fact rule of one article shares: the article, the claim kit's subject resolvers (the same ones
 * the typed claim rules use), and one way to turn a rule's finding into a claim with its rule id.
 */
import type { TClaim, TClaimAttribute, TFactDetail, TSentence } from "@/lib/schemas/pipeline";
import { buildClaimKit } from "../claims/build-claim-kit";
import type { ClaimKit } from "../claims/claims-kit";
import type { ClaimContext } from "../claims/extract-claims";
import type { SentenceView } from "./sentence-view";

/** What the fact rules read: the same analysed article as the typed claim rules, its date required (null when none). */
export type FactContext = Omit<ClaimContext, "publishedAt"> & { publishedAt: string | null };

export type FactKit = {
  ctx: FactContext;
  claims: ClaimKit;
  /** The year the article speaks from: its dateline's, else the latest year it prints (a past year is then an era). */
  articleYear: number | null;
  quoteSpans: Array<{ start: number; end: number }>;
  /** The last day a time rule resolved in this article: the anchor of "a day later", "the same evening". */
  dates: { date: string | null };
};

/** A fact a rule found, before it becomes a claim: value span in the text, and the structured detail. */
export type FactDraft = {
  attribute: TClaimAttribute;
  subjectKey: string | null;
  valueStart: number;
  valueEnd: number;
  normalizedValue: string;
  fact: TFactDetail;
};

/**
 * A declared fact rule: an id (recorded on every claim it makes), a pure function of one sentence, and a
 * cheap pre-test on the sentence's text: a sentence without any word the rule needs is never parsed for it.
 */
export type FactRule = { id: string; hint: RegExp; run: (view: SentenceView, kit: FactKit) => FactDraft[] };

export function buildFactKit(ctx: FactContext): FactKit {
  const claims = buildClaimKit(ctx.text, ctx.entities, ctx.mentions, ctx.quotes);
  let articleYear = ctx.publishedAt ? Number(ctx.publishedAt.slice(0, 4)) : null;
  if (articleYear === null) {
    for (const m of ctx.text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) articleYear = Math.max(articleYear ?? 0, Number(m[1]));
  }
  const quoteSpans = ctx.quotes.map((q) => ({ start: q.start, end: q.end })).sort((a, b) => a.start - b.start);
  return { ctx, claims, articleYear, quoteSpans, dates: { date: null } };
}

/** The claim a draft stands for: the sentence as its text, the value inside it, the rule as its method. */
export function draftToClaim(text: string, s: TSentence, d: FactDraft, ruleId: string): TClaim {
  return {
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    subjectKey: d.subjectKey,
    attribute: d.attribute,
    value: text.slice(d.valueStart, d.valueEnd),
    normalizedValue: d.normalizedValue,
    valueStart: d.valueStart,
    valueEnd: d.valueEnd,
    isCaption: s.isCaption,
    method: ruleId,
    fact: d.fact,
  };
}
