import { describe, expect, it } from "vitest";
import { StoryIndex } from "@/lib/stories/story-index";
import { BRIDGE_COURIER, BRIDGE_DAILY, ORCHESTRA_PRIZE, fingerprintOf } from "./story-articles";

const courier = fingerprintOf(BRIDGE_COURIER);
const daily = fingerprintOf(BRIDGE_DAILY);
const orchestra = fingerprintOf(ORCHESTRA_PRIZE);

function indexWith(...stories: Array<[string, typeof courier]>): StoryIndex {
  const index = new StoryIndex();
  for (const [id, fp] of stories) index.add(id, fp);
  return index;
}

describe("StoryIndex.best", () => {
  it("starts a story when the index is empty", () => {
    const match = new StoryIndex().best(courier);
    expect(match).toMatchObject({ storyId: null, score: 0, runnerUp: null });
  });

  it("puts two outlets' rewrites of one event in one story, and names what they share", () => {
    const match = indexWith(["bridge", courier], ["music", orchestra]).best(daily);
    expect(match.storyId).toBe("bridge");
    expect(match.score).toBeGreaterThanOrEqual(new StoryIndex().joinThreshold);
    expect(match.reason).toMatch(/marrowick|valkenburg|dufrain/);
    expect(match.runnerUp?.storyId ?? null).not.toBe("bridge");
  });

  it("starts a new story for an unrelated event published the same day", () => {
    const match = indexWith(["bridge", courier]).best(orchestra);
    expect(match.storyId).toBeNull();
    expect(match.score).toBeLessThan(new StoryIndex().joinThreshold);
  });

  it("joins regardless of arrival order", () => {
    expect(indexWith(["bridge", daily], ["music", orchestra]).best(courier).storyId).toBe("bridge");
  });
});

describe("StoryIndex date window", () => {
  const index = indexWith(["bridge", courier], ["music", orchestra]);
  const sameDay = index.best(daily);

  it("lowers the score of an article two weeks after the story's dates, and refuses one six weeks after", () => {
    const later = index.best({ ...daily, publishedAt: "2030-05-27" });
    expect(later.score).toBeLessThan(sameDay.score);
    const muchLater = index.best({ ...daily, publishedAt: "2030-06-25" });
    expect(muchLater.storyId).toBeNull();
  });

  it("does not penalise an article whose date is unknown", () => {
    expect(index.best({ ...daily, publishedAt: null })).toEqual(sameDay);
  });

  it("widens a story's range as its articles arrive", () => {
    const growing = indexWith(["bridge", courier]);
    growing.add("bridge", { ...daily, publishedAt: "2030-05-30" });
    expect(growing.best({ ...daily, publishedAt: "2030-06-18" }).storyId).toBe("bridge");
  });
});

describe("StoryIndex.remove", () => {
  it("undoes add: the same matches, counts and document frequencies as before", () => {
    const index = indexWith(["bridge", courier], ["music", orchestra]);
    const before = index.best(daily);
    index.add("bridge", daily);
    index.add("elsewhere", daily);
    index.remove("elsewhere", daily);
    index.remove("bridge", daily);
    expect(index.best(daily)).toEqual(before);
    expect(index.storyCount).toBe(2);
    expect(index.articleCount).toBe(2);
  });

  it("forgets a story whose last article is removed, and its dates with it", () => {
    const index = indexWith(["bridge", courier]);
    index.add("bridge", { ...daily, publishedAt: "2030-06-01" });
    index.remove("bridge", { ...daily, publishedAt: "2030-06-01" });
    expect(index.best({ ...daily, publishedAt: "2030-06-19" }).storyId).toBeNull();
    index.remove("bridge", courier);
    expect(index.storyCount).toBe(0);
    expect(index.best(daily).storyId).toBeNull();
  });
});
