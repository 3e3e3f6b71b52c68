import { describe, expect, it } from "vitest";
import { assignInOrder, scorePairwise, type TClusteredArticle } from "@/lib/eval/story-assignment";
import { BRIDGE_COURIER, BRIDGE_DAILY, ORCHESTRA_PRIZE, fingerprintOf } from "./story-articles";

/** Articles from "true|assigned" pairs, one per article. */
function clustering(...pairs: string[]): TClusteredArticle[] {
  return pairs.map((p, i) => {
    const [trueStory, assignedStory] = p.split("|");
    return { id: `a${i}`, trueStory, assignedStory };
  });
}

describe("scorePairwise", () => {
  it("scores a perfect clustering 1 whatever the story ids are called", () => {
    const score = scorePairwise(clustering("x|1", "x|1", "y|2", "y|2", "y|2"));
    expect(score).toMatchObject({ precision: 1, recall: 1, f1: 1, correctPairs: 4, assignedStories: 2, trueStories: 2 });
  });

  it("counts pairs: one story split in two loses recall, not precision", () => {
    // true story x has 4 articles (6 pairs); assigned as 2 + 2 (2 pairs kept)
    const score = scorePairwise(clustering("x|1", "x|1", "x|2", "x|2"));
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(2 / 6);
    expect(score.f1).toBeCloseTo(0.5);
  });

  it("counts pairs: two stories merged lose precision, not recall", () => {
    // 3 + 2 true articles put together: 10 assigned pairs, 3 + 1 of them true
    const score = scorePairwise(clustering("x|1", "x|1", "x|1", "y|1", "y|1"));
    expect(score.recall).toBe(1);
    expect(score.precision).toBeCloseTo(4 / 10);
    expect(score).toMatchObject({ assignedPairs: 10, truePairs: 4, correctPairs: 4 });
  });

  it("scores all singletons against singletons 1, and all singletons against one story 0 recall", () => {
    expect(scorePairwise(clustering("x|1", "y|2")).f1).toBe(1);
    const split = scorePairwise(clustering("x|1", "x|2", "x|3"));
    expect(split).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });

  it("keeps ids apart that would collide if joined naively", () => {
    const score = scorePairwise([
      { id: "1", trueStory: "a", assignedStory: "b|c" },
      { id: "2", trueStory: "a|b", assignedStory: "c" },
    ]);
    expect(score.correctPairs).toBe(0);
  });

  it("is linear: 200,000 articles are scored at once", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ id: String(i), trueStory: String(i % 1000), assignedStory: String(i % 1000) }));
    expect(scorePairwise(many).f1).toBe(1);
  });
});

describe("assignInOrder", () => {
  it("assigns rewrites of one event to one story and an unrelated event to another", () => {
    const articles = [
      { id: "courier", trueStory: "bridge", fingerprint: fingerprintOf(BRIDGE_COURIER) },
      { id: "orchestra", trueStory: "music", fingerprint: fingerprintOf(ORCHESTRA_PRIZE) },
      { id: "daily", trueStory: "bridge", fingerprint: fingerprintOf(BRIDGE_DAILY) },
    ];
    const assigned = assignInOrder(articles);
    expect(assigned.map((a) => a.assignedStory)).toEqual(["story-1", "story-2", "story-1"]);
    expect(scorePairwise(assigned).f1).toBe(1);
  });
});
