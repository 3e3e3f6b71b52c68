import { describe, expect, it } from "vitest";
import { diffWording, differsOnlyInPunctuation, isSameWording } from "../../../lib/format/word-diff";

// Two outlets' wording of one quote (seeds 000 and 003).
const LATIN_POST = "This is not possible, it cannot be, this is crazy";
const INDEPENDENT = "This is not possible. It cannot be. This is crazy";

describe("diffWording", () => {
  it("marks changed punctuation and capitals as punctuation-only", () => {
    const changed = diffWording(LATIN_POST, INDEPENDENT).filter((p) => p.change !== "same");
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((p) => p.isPunctuationOnly)).toBe(true);
    expect(differsOnlyInPunctuation(LATIN_POST, INDEPENDENT)).toBe(true);
  });

  it("marks changed words as word changes", () => {
    const parts = diffWording("an outrage against international law", "What you have just seen is an outrage against international law");
    expect(parts.find((p) => p.change === "added")).toMatchObject({ isPunctuationOnly: false });
    expect(differsOnlyInPunctuation("a b", "a c")).toBe(false);
  });

  it("treats a non-breaking space as a space", () => {
    expect(isSameWording("violate\u00a0the premises", "violate the premises")).toBe(true);
    expect(diffWording("violate\u00a0the", "violate the").every((p) => p.change === "same")).toBe(true);
  });
});
