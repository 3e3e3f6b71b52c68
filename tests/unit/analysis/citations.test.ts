import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";

const seed = (n: string) => analyzeArticle(readFileSync(new URL(`../../../seeds/${n}.txt`, import.meta.url), "utf8"));
const cites = (a: ReturnType<typeof analyzeArticle>) => (a.citations ?? []).map((c) => [c.cue, c.cited]);

describe("citations", () => {
  it("records outlets and agencies cited, with exact offsets", () => {
    const a = seed("000_c4bfd782671b2726");
    expect(cites(a)).toEqual([
      ["spoke with", "CNN"],
      ["telling", "local Ecuadorian press"],
      ["according to", "Associated Press"],
    ]);
    for (const c of a.citations!) {
      expect(a.text.slice(c.start, c.end)).toBe(c.cited);
      expect(a.text.slice(c.cueStart, c.cueEnd)).toBe(c.cue);
    }
    expect(a.citations![2].entityKey).toBe("organization:associated-press");
  });

  it("handles 'told <outlet>' with connectors, initialisms and generic press", () => {
    expect(cites(seed("004_fc3252244b3faa0a"))).toEqual([
      ["told", "CNN en Español"],
      ["told", "CNNE"],
    ]);
    expect(cites(seed("003_99b86c2a8920ba6a"))).toEqual([["told", "local press"]]);
  });

  it("does not cite people or places, nor words inside quotes", () => {
    const a = analyzeArticle('Jane Roe told Mark Smith the plan was final. "We told the Daily Planet nothing," she said. According to Mark Smith, it was late.');
    expect(a.citations).toEqual([]);
    const b = analyzeArticle("The Example Wire reported the deal. She spoke to the Harbor Gazette on Monday.");
    expect(cites(b)).toEqual([
      ["reported", "Example Wire"],
      ["spoke to", "Harbor Gazette"],
    ]);
  });

  it("ends a cited name with its sentence, even when the next sentence starts with a capital", () => {
    const a = analyzeArticle("The dam held at 3 a.m., according to the Lakeside Water Authority. Engineers said the spillway was open.");
    expect(cites(a)).toEqual([["according to", "Lakeside Water Authority"]]);
    const c = a.citations![0];
    expect(a.text.slice(c.start, c.end)).toBe("Lakeside Water Authority");
  });
});
