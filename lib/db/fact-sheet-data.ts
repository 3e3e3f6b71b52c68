import { getPrisma } from "./client";
import { findStoryByTitle } from "./story-placement";

/** A story named by its id or its exact title (the oldest of that title); null when none is. */
export async function findStoryByRef(ref: string): Promise<{ id: string; title: string } | null> {
  const prisma = getPrisma();
  const wanted = ref.trim();
  return (await prisma.story.findUnique({ where: { id: wanted }, select: { id: true, title: true } })) ?? (await findStoryByTitle(prisma, wanted));
}

/** Everything the fact sheet is built from, in one read: one story's rows, or every story's (story null). */
export async function loadFactSheetData(story: { id: string; title: string } | null = null) {
  const prisma = getPrisma();
  const storyId = story?.id;
  const inStory = storyId ? { storyId } : {};
  const ofStory = storyId ? { source: { storyId } } : {};
  const [stories, sources, entities, quotes, claims, groups, discrepancies, reviews, quoteClusters, citations] = await Promise.all([
    prisma.story.findMany({ where: storyId ? { id: storyId } : {}, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, title: true } }),
    prisma.source.findMany({
      where: inStory,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, storyId: true, outlet: true, title: true, byline: true, publishedAt: true, url: true, file: true, text: true },
    }),
    prisma.entity.findMany({ where: inStory, orderBy: { name: "asc" }, select: { id: true, name: true, type: true, aliases: { select: { alias: true } } } }),
    prisma.quote.findMany({
      where: ofStory,
      orderBy: [{ sourceId: "asc" }, { start: "asc" }],
      select: { id: true, sourceId: true, speaker: true, speakerEntityId: true, text: true, start: true, end: true, isPartial: true, clusterId: true },
    }),
    prisma.claim.findMany({
      where: ofStory,
      orderBy: [{ subject: "asc" }, { attribute: "asc" }, { sourceId: "asc" }, { start: "asc" }],
      select: {
        id: true, sourceId: true, subjectEntityId: true, subject: true, attribute: true, value: true, text: true,
        start: true, end: true, valueStart: true, valueEnd: true, isCaption: true, groupId: true, resolvedDate: true, method: true, factJson: true,
      },
    }),
    prisma.claimGroup.findMany({
      where: inStory,
      orderBy: [{ sourceCount: "desc" }, { subject: "asc" }, { attribute: "asc" }],
      select: { id: true, subjectEntityId: true, subject: true, attribute: true, label: true, agreement: true, sourceCount: true, claims: { select: { id: true } } },
    }),
    prisma.discrepancy.findMany({
      where: inStory,
      orderBy: [{ severityRank: "desc" }, { kind: "asc" }, { subject: "asc" }, { id: "asc" }],
      select: {
        id: true, kind: true, severity: true, subjectEntityId: true, subject: true, attribute: true, summary: true, missingSourceIds: true, origin: true,
        method: true, reason: true,
        items: { orderBy: { position: "asc" }, select: { sourceId: true, claimId: true, quoteId: true, value: true, excerpt: true, start: true, end: true } },
      },
    }),
    prisma.review.findMany({ select: { targetType: true, targetId: true, status: true, note: true, updatedAt: true } }),
    prisma.quoteCluster.findMany({ where: inStory, orderBy: { id: "asc" }, select: { id: true, kind: true, text: true, attributionDiffers: true, quotes: { select: { id: true }, orderBy: { sourceId: "asc" } } } }),
    prisma.citation.findMany({
      where: ofStory,
      orderBy: [{ sourceId: "asc" }, { start: "asc" }],
      select: { id: true, sourceId: true, cited: true, cue: true, start: true, end: true, citedSourceId: true },
    }),
  ]);
  return { story, stories, sources, entities, quotes, claims, groups, discrepancies, reviews, quoteClusters, citations };
}
export type TFactSheetData = Awaited<ReturnType<typeof loadFactSheetData>>;
