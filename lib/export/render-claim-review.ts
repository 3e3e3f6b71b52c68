import type { TFactSheet } from "../schemas/fact-sheet";
import { ZClaimReviewDocument, type TClaimReview } from "../schemas/claim-review";
import { attributeLabel, sourceLabel } from "../format/labels";
import { httpUrlOrNull } from "../schemas/article-meta";

const MAX_CLAIM_REVIEWED = 74;

const DISCREPANCY_RATING: Record<string, string> = {
  confirmed: "Confirmed: the outlets disagree",
  dismissed: "Dismissed: no real disagreement",
  "needs-check": "Needs checking",
};
const GROUP_RATING: Record<string, string> = {
  confirmed: "Confirmed by the reviewer",
  dismissed: "Dismissed by the reviewer",
  "needs-check": "Needs checking",
};

/** Shortens at a word boundary, marking the cut, so the claim stays in the source's own words. */
export function shorten(text: string, max = MAX_CLAIM_REVIEWED): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

type TSpan = { sourceId: string; excerpt: string; quoteId?: string | null };

function appearances(sheet: TFactSheet, spans: TSpan[]) {
  const sources = new Map(sheet.sources.map((s) => [s.id, s]));
  return spans.map((span) => {
    const source = sources.get(span.sourceId);
    const url = httpUrlOrNull(source?.url);
    return {
      "@type": "CreativeWork" as const,
      ...(url ? { url } : {}),
      ...(source?.title ? { name: source.title } : {}),
      ...(source ? { publisher: { "@type": "Organization" as const, name: sourceLabel(source) } } : {}),
      text: span.excerpt,
    };
  });
}

/** Who made the claim: the quoted speaker when the words are a quote, else the first outlet. */
function claimAuthor(sheet: TFactSheet, span: TSpan | undefined) {
  const quote = span?.quoteId ? sheet.quotes.find((q) => q.id === span.quoteId) : undefined;
  const entity = quote?.speakerEntityId ? sheet.entities.find((e) => e.id === quote.speakerEntityId) : undefined;
  if (quote?.speaker) return { "@type": entity?.type === "person" ? ("Person" as const) : ("Organization" as const), name: quote.speaker };
  const source = sheet.sources.find((s) => s.id === span?.sourceId);
  return { "@type": "Organization" as const, name: source ? sourceLabel(source) : "Unknown outlet" };
}

/** One ClaimReview per reviewed discrepancy or claim group (schema.org JSON-LD). */
export function renderClaimReviews(sheet: TFactSheet, reviewer = "Claim comparison reviewers"): TClaimReview[] {
  const today = sheet.generatedAt.slice(0, 10);
  const claims = new Map(sheet.claims.map((c) => [c.id, c]));
  const reviews: TClaimReview[] = [];
  for (const d of sheet.discrepancies) {
    if (d.reviewStatus === "unreviewed" || d.items.length === 0) continue;
    const first = d.items[0];
    reviews.push({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      "@id": `#${d.id}`,
      datePublished: (d.reviewedAt ?? today).slice(0, 10),
      claimReviewed: shorten(`${d.subject}: ${first.value}`),
      author: { "@type": "Organization", name: reviewer },
      reviewRating: { "@type": "Rating", alternateName: DISCREPANCY_RATING[d.reviewStatus], ratingExplanation: d.reviewNote || d.summary },
      itemReviewed: { "@type": "Claim", author: claimAuthor(sheet, first), appearance: appearances(sheet, d.items) },
    });
  }
  for (const g of sheet.claimGroups) {
    const members = g.claimIds.map((id) => claims.get(id)).filter((c) => c !== undefined);
    if (g.reviewStatus === "unreviewed" || members.length === 0) continue;
    const spans = members.map((c) => ({ sourceId: c.sourceId, excerpt: c.text }));
    reviews.push({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      "@id": `#${g.id}`,
      datePublished: (g.reviewedAt ?? today).slice(0, 10),
      claimReviewed: shorten(`${g.subject}, ${attributeLabel(g.attribute).toLowerCase()}: ${members[0].value}`),
      author: { "@type": "Organization", name: reviewer },
      reviewRating: { "@type": "Rating", alternateName: GROUP_RATING[g.reviewStatus], ...(g.reviewNote ? { ratingExplanation: g.reviewNote } : {}) },
      itemReviewed: { "@type": "Claim", author: claimAuthor(sheet, spans[0]), appearance: appearances(sheet, spans) },
    });
  }
  return ZClaimReviewDocument.parse(reviews);
}
