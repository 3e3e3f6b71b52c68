import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import type { TArticleAnalysis } from "@/lib/schemas/pipeline";

const seed = (f: string) => analyzeArticle(readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), "utf8"), { fileName: f });
const nameOf = (a: TArticleAnalysis, key: string | null) => a.entities.find((e) => e.key === key)?.name ?? String(key);
const statements = (a: TArticleAnalysis) =>
  a.claims.filter((c) => c.attribute === "statement").map((c) => ({ who: nameOf(a, c.subjectKey), value: c.value, at: c.valueStart }));

describe("a descriptive office reference speaks for the one person holding that office", () => {
  it("“Mexico's president made statements” → the article's Mexican President (seed 003)", () => {
    const a = seed("003_99b86c2a8920ba6a.txt");
    const at = a.text.indexOf("made statements that Ecuador considered");
    expect(at).toBeGreaterThan(0);
    expect(statements(a)).toContainEqual({ who: "Andrés Manuel López Obrador", value: "made statements", at });
    expect(statements(a).some((s) => s.who === "Mexico" && s.value === "made statements")).toBe(false);
  });

  it("“the <Demonym> <office>” resolves the same way, and two holders of the office leave the reference alone", () => {
    const one = analyzeArticle(
      "Chilean President Karl Hoffmann met Peru's leaders on Monday in Vienna.\n\nOn Tuesday, the Chilean president said that the talks had failed completely.",
    );
    const at = one.text.indexOf("the talks had failed completely");
    expect(statements(one)).toContainEqual({ who: "Karl Hoffmann", value: "the talks had failed completely", at });

    const two = analyzeArticle(
      "Chilean President Karl Hoffmann met former aides on Monday.\n\nChilean President Otto Brandt, his rival, met them on Tuesday.\n\nOn Wednesday, the Chilean president said that the talks had failed completely.",
    );
    const whos = statements(two).filter((s) => s.value === "the talks had failed completely").map((s) => s.who);
    expect(whos).not.toContain("Karl Hoffmann");
    expect(whos).not.toContain("Otto Brandt");
  });
});
