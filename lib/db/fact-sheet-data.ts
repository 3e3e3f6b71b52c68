import { getPrisma } from "./client";

/** Everything the fact sheet is built from, in one read. */
export async function loadFactSheetData() {
  const prisma = getPrisma();
  const [sources, entities, quotes, claims, groups, discrepancies, reviews, quoteClusters, citations] = await Promise.all([
    prisma.source.findMany({
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, outlet: true, title: true, byline: true, publishedAt: true, url: true, file: true, text: true },
    }),
    prisma.entity.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, type: true, aliases: { select: { alias: true } } } }),
    prisma.quote.findMany({
      orderBy: [{ sourceId: "asc" }, { start: "asc" }],
      select: { id: true, sourceId: true, speaker: true, speakerEntityId: true, text: true, start: true, end: true, isPartial: true, clusterId: true },
    }),
    prisma.claim.findMany({
      orderBy: [{ subject: "asc" }, { attribute: "asc" }, { sourceId: "asc" }, { start: "asc" }],
      select: {
        id: true, sourceId: true, subjectEntityId: true, subject: true, attribute: true, value: true, text: true,
        start: true, end: true, valueStart: true, valueEnd: true, isCaption: true, groupId: true, resolvedDate: true, method: true, factJson: true,
      },
    }),
    prisma.claimGroup.findMany({
      orderBy: [{ sourceCount: "desc" }, { subject: "asc" }, { attribute: "asc" }],
      select: { id: true, subjectEntityId: true, subject: true, attribute: true, label: true, agreement: true, sourceCount: true, claims: { select: { id: true } } },
    }),
    prisma.discrepancy.findMany({
      orderBy: [{ severityRank: "desc" }, { kind: "asc" }, { subject: "asc" }, { id: "asc" }],
      select: {
        id: true, kind: true, severity: true, subjectEntityId: true, subject: true, attribute: true, summary: true, missingSourceIds: true, origin: true,
        method: true, reason: true,
        items: { orderBy: { position: "asc" }, select: { sourceId: true, claimId: true, quoteId: true, value: true, excerpt: true, start: true, end: true } },
      },
    }),
    prisma.review.findMany({ select: { targetType: true, targetId: true, status: true, note: true, updatedAt: true } }),
    prisma.quoteCluster.findMany({ orderBy: { id: "asc" }, select: { id: true, kind: true, text: true, attributionDiffers: true, quotes: { select: { id: true }, orderBy: { sourceId: "asc" } } } }),
    prisma.citation.findMany({
      orderBy: [{ sourceId: "asc" }, { start: "asc" }],
      select: { id: true, sourceId: true, cited: true, cue: true, start: true, end: true, citedSourceId: true },
    }),
  ]);
  return { sources, entities, quotes, claims, groups, discrepancies, reviews, quoteClusters, citations };
}
export type TFactSheetData = Awaited<ReturnType<typeof loadFactSheetData>>;
