import { compareSources } from "../comparison";
import { scopeComparisonIds } from "../comparison/scope-comparison-ids";
import type { TWriteKit } from "../db/sources";
import type { TPlacement, TStoryChoice } from "../db/story-placement";
import { ZArticleAnalysis, type TArticleAnalysis } from "../schemas/pipeline";
import { articleFingerprint, ZArticleFingerprint, type TArticleFingerprint } from "../stories/article-fingerprint";
import { StoryIndex } from "../stories/story-index";
import { storyTitleOf } from "../stories/story-title";

/**
 * What every write hands the data layer: the pure comparison of one story's articles, and the story
 * matcher with the article fingerprints it reads and stores. The data layer stores; it never analyses.
 */
export const STORY_WRITE_KIT: TWriteKit = {
  compare: (sources, idScope) => scopeComparisonIds(compareSources(sources), idScope),
  stories: {
    create: () => new StoryIndex(),
    parse: (json: string) => {
      try {
        return ZArticleFingerprint.safeParse(JSON.parse(json)).data ?? null;
      } catch {
        return null;
      }
    },
    fromStored: (row) =>
      articleFingerprint({ text: row.text, analysis: ZArticleAnalysis.parse(JSON.parse(row.analysisJson)), publishedAt: row.publishedAt, title: row.title }),
  },
} as TWriteKit;

/** Where an analysed article goes: the story the user chose, else the one its fingerprint matches best. */
export function placementOf(analysis: TArticleAnalysis, choice: TStoryChoice, contentHash: string): TPlacement<TArticleFingerprint> {
  const { meta } = analysis;
  return {
    choice,
    seed: contentHash,
    fingerprint: articleFingerprint({ text: analysis.text, analysis, publishedAt: meta.publishedAt, title: meta.title }),
    newStoryTitle: storyTitleOf({ title: meta.title, text: analysis.text }),
  };
}
