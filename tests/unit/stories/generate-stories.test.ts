import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis";
import { generateStoryCorpus } from "@/lib/bench/generate-stories";
import { assignInOrder, scorePairwise } from "@/lib/eval/story-assignment";
import { articleFingerprint } from "@/lib/stories/article-fingerprint";

const DAY_MS = 86_400_000;

describe("generateStoryCorpus", () => {
  const corpus = generateStoryCorpus({ stories: 12, articlesPerStory: 4, seed: 5 });

  it("is deterministic for a seed and differs for another", () => {
    expect(generateStoryCorpus({ stories: 12, articlesPerStory: 4, seed: 5 })).toEqual(corpus);
    const other = generateStoryCorpus({ stories: 12, articlesPerStory: 4, seed: 6 });
    expect(other.articles.map((a) => a.text)).not.toEqual(corpus.articles.map((a) => a.text));
  });

  it("makes stories x articles with known story ids", () => {
    expect(corpus.stories).toHaveLength(12);
    expect(corpus.articles).toHaveLength(48);
    for (const story of corpus.stories) expect(corpus.articles.filter((a) => a.storyId === story.storyId)).toHaveLength(4);
  });

  it("gives every story its own town and people, and covers many kinds of event", () => {
    const towns = new Set(corpus.stories.map((s) => s.town));
    const people = new Set(corpus.stories.flatMap((s) => s.people.map((p) => p.split(" ")[1])));
    expect(towns.size).toBe(12);
    expect(people.size).toBe(36);
    expect(new Set(corpus.stories.map((s) => s.kind)).size).toBeGreaterThanOrEqual(10);
  });

  it("writes each story's articles as different rewrites within a few days of the event", () => {
    for (const story of corpus.stories) {
      const articles = corpus.articles.filter((a) => a.storyId === story.storyId);
      expect(new Set(articles.map((a) => a.text)).size).toBe(articles.length);
      for (const a of articles) {
        expect(a.text).toContain(story.town);
        if (!a.publishedAt) continue;
        const days = (Date.parse(a.publishedAt) - Date.parse(story.startDate)) / DAY_MS;
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThanOrEqual(3);
      }
    }
  });

  it("is fast: 10,000 articles in 500 stories in a few seconds", () => {
    const started = performance.now();
    expect(generateStoryCorpus({ stories: 500, articlesPerStory: 20 }).articles).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("is a corpus story assignment gets right", () => {
    const articles = corpus.articles.map((a) => {
      const analysis = analyzeArticle(a.text);
      return { id: a.id, trueStory: a.storyId, fingerprint: articleFingerprint({ text: analysis.text, analysis }) };
    });
    expect(scorePairwise(assignInOrder(articles)).f1).toBeGreaterThanOrEqual(0.95);
  });
});
