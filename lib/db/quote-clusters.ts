import { getPrisma } from "./client";

/** Quotations printed by two or more outlets (of one story, or of all), with each outlet's exact wording and speaker. */
export async function listQuoteClusters(storyId?: string) {
  return getPrisma().quoteCluster.findMany({
    where: storyId ? { storyId } : {},
    orderBy: [{ kind: "desc" }, { id: "asc" }],
    select: {
      id: true, kind: true, text: true, attributionDiffers: true,
      quotes: {
        select: { id: true, sourceId: true, text: true, start: true, end: true, speaker: true, source: { select: { outlet: true, file: true, url: true } } },
        orderBy: { sourceId: "asc" },
      },
    },
  });
}
export type TQuoteClusterRow = Awaited<ReturnType<typeof listQuoteClusters>>[number];
