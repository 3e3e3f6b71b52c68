import { ZFactSheet, type TFactSheet } from "../schemas/fact-sheet";
import { ZFactDetail } from "../schemas/pipeline";
import type { TReviewState } from "../schemas/review";
import { httpUrlOrNull } from "../schemas/article-meta";

export type TFactSheetInput = {
  /** The one story asked for, or null for every story. */
  story: { id: string; title: string } | null;
  stories: Array<{ id: string; title: string }>;
  sources: TFactSheet["sources"];
  entities: Array<{ id: string; name: string; type: string; aliases: Array<{ alias: string }> }>;
  quotes: TFactSheet["quotes"];
  claims: Array<Omit<TFactSheet["claims"][number], "attribute" | "method" | "fact"> & { attribute: string; method?: string; factJson?: string | null }>;
  groups: Array<{ id: string; subjectEntityId: string | null; subject: string; attribute: string; label: string; agreement: string; claims: Array<{ id: string }> }>;
  discrepancies: Array<{
    id: string; kind: string; severity: string; subjectEntityId: string | null; subject: string; attribute: string; summary: string;
    missingSourceIds: string; origin: string; method?: string; reason?: string; items: TFactSheet["discrepancies"][number]["items"];
  }>;
  reviews: Array<{ targetType: string; targetId: string; status: string; note: string; updatedAt: Date }>;
  quoteClusters: Array<{ id: string; kind: string; text: string; attributionDiffers: boolean; quotes: Array<{ id: string }> }>;
  citations: TFactSheet["citations"];
};

/** Shapes stored rows into the documented fact sheet and validates it (schema and every offset). */
export function buildFactSheet(data: TFactSheetInput, generatedAt: Date = new Date()): TFactSheet {
  const reviews = new Map(data.reviews.map((r) => [`${r.targetType}:${r.targetId}`, r]));
  const reviewOf = (type: string, id: string) => {
    const review = reviews.get(`${type}:${id}`);
    return {
      reviewStatus: (review?.status ?? "unreviewed") as TReviewState,
      reviewNote: review?.note ?? "",
      reviewedAt: review ? review.updatedAt.toISOString() : null,
    };
  };
  return ZFactSheet.parse({
    schemaVersion: 1,
    generatedAt: generatedAt.toISOString(),
    story: data.story ? { id: data.story.id, title: data.story.title } : null,
    stories: data.stories.map((story) => ({ id: story.id, title: story.title, sourceIds: data.sources.filter((s) => s.storyId === story.id).map((s) => s.id) })),
    // Only http(s) URLs leave the app, whatever an older row holds.
    sources: data.sources.map((s) => ({ ...s, url: httpUrlOrNull(s.url) })),
    entities: data.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases.map((a) => a.alias).sort() })),
    quotes: data.quotes,
    claims: data.claims.map(({ factJson, ...c }) => ({ ...c, method: c.method ?? "", fact: factJson ? ZFactDetail.parse(JSON.parse(factJson)) : null })),
    claimGroups: data.groups.map((g) => ({
      id: g.id, subjectEntityId: g.subjectEntityId, subject: g.subject, attribute: g.attribute, label: g.label,
      agreement: g.agreement, claimIds: g.claims.map((c) => c.id), ...reviewOf("claimGroup", g.id),
    })),
    discrepancies: data.discrepancies.map((d) => ({
      id: d.id, kind: d.kind, severity: d.severity, subjectEntityId: d.subjectEntityId, subject: d.subject, attribute: d.attribute,
      summary: d.summary, ...reviewOf("discrepancy", d.id), items: d.items, missingSourceIds: JSON.parse(d.missingSourceIds) as string[],
      origin: d.origin, method: d.method || (d.origin === "manual" ? "manual" : ""), reason: d.reason ?? "",
    })),
    quoteClusters: data.quoteClusters.map((c) => ({
      id: c.id, kind: c.kind, text: c.text, attributionDiffers: c.attributionDiffers, quoteIds: c.quotes.map((q) => q.id),
    })),
    citations: data.citations,
  });
}
