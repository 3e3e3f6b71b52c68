import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../lib/analysis/analyze-article";

// Latin Post's article has sub-headings naming organisations its body names too ("… Ecuador Government …").
const analysis = analyzeArticle(readFileSync("seeds/000_c4bfd782671b2726.txt", "utf8"), { fileName: "000_c4bfd782671b2726.txt" });
const headings = analysis.blocks.filter((b) => b.kind === "heading");
const inHeading = (text: string) => analysis.mentions.find((m) => m.text === text && headings.some((h) => m.start >= h.start && m.end <= h.end));

describe("organisations named in a heading", () => {
  it("are the entity the body names, not a second one of the same name", () => {
    const government = inHeading("Ecuador Government");
    expect(government).toBeDefined();
    const bodyForms = analysis.mentions.filter((m) => m.entityKey === government!.entityKey && !headings.some((h) => m.start >= h.start && m.end <= h.end));
    expect(bodyForms.map((m) => m.text)).toContain("Ecuadorian government");
    expect(analysis.entities.filter((e) => e.name === "Government of Ecuador")).toHaveLength(1);
    expect(analysis.entities.filter((e) => e.name === "Embassy of Mexico")).toHaveLength(1);
  });
});
