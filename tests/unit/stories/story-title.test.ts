import { describe, expect, it } from "vitest";
import { MAX_STORY_TITLE_LENGTH, cutAtWord, storyTitleOf } from "@/lib/stories/story-title";
import { BRIDGE_COURIER, BRIDGE_DAILY } from "./story-articles";

describe("storyTitleOf", () => {
  it("uses the given headline", () => {
    expect(storyTitleOf({ title: "  Footbridge collapses in Marrowick ", text: BRIDGE_COURIER })).toBe("Footbridge collapses in Marrowick");
  });

  it("uses the headline the article prints as its first line, or in its front matter", () => {
    expect(storyTitleOf({ text: BRIDGE_DAILY })).toBe("Four hurt as Marrowick canal bridge gives way");
    expect(storyTitleOf({ text: BRIDGE_COURIER })).toBe("Footbridge collapses over the Selva canal in Marrowick, injuring four");
  });

  it("falls back to the lead's first sentence, without its dateline, cut at a word with an ellipsis", () => {
    const text =
      "MARROWICK, Eastland (Example Wire) — Divers pulled four people from the Selva canal on Sunday after a footbridge gave way beneath them during the afternoon market. Two are in hospital.";
    const title = storyTitleOf({ text });
    expect(title).toBe("Divers pulled four people from the Selva canal on Sunday after a footbridge gave way…");
    expect(title.length).toBeLessThanOrEqual(MAX_STORY_TITLE_LENGTH);
  });

  it("skips bylines, publication lines, promotions and photo credits before the lead", () => {
    const text = [
      "By Lena Okafor, Western Daily",
      "Published May 13, 2030",
      "READ MORE: Bridges of the old town",
      "The collapsed footbridge on Monday morning. (Daily file photo)",
      "Photo: Divers at the canal. Credit: Example Agency",
      "Four people were hurt when a footbridge gave way in Marrowick.",
      "Two remain in hospital.",
    ].join("\n\n");
    expect(storyTitleOf({ text })).toBe("Four people were hurt when a footbridge gave way in Marrowick");
  });

  it("stays fast and bounded on a pasted wall of capitals with no sentence end", () => {
    const started = performance.now();
    const title = storyTitleOf({ text: `Two lines first.\n\n${"QUAY GATE ".repeat(20_000)}` });
    expect(title).toBe("Two lines first");
    expect(storyTitleOf({ text: "QUAY GATE ".repeat(20_000) }).length).toBeLessThanOrEqual(MAX_STORY_TITLE_LENGTH);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("never invents words: an article with no words gives an empty title", () => {
    expect(storyTitleOf({ title: null, text: "  \n\n " })).toBe("");
  });
});

describe("cutAtWord", () => {
  it("keeps short text whole and cuts long text after its last whole word", () => {
    expect(cutAtWord("Bridge closes", 20)).toBe("Bridge closes");
    expect(cutAtWord("Footbridge collapses over the canal", 24)).toBe("Footbridge collapses…");
    expect(cutAtWord("Footbridge collapses, over the canal", 23)).toBe("Footbridge collapses…");
  });

  it("cuts inside a word only when one word is longer than the room", () => {
    expect(cutAtWord("Supercalifragilistic", 10)).toBe("Supercali…");
  });
});
