import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import type { TArticleAnalysis } from "@/lib/schemas/pipeline";

const fixture = (p: string) => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url), "utf8");
const layoffs = analyzeArticle(fixture("articles/company-layoffs.txt"));
const nameOf = (a: TArticleAnalysis, key: string | null) => a.entities.find((e) => e.key === key)?.name ?? String(key);
const rows = (a: TArticleAnalysis, attr: string) =>
  a.claims.filter((c) => c.attribute === attr).map((c) => [nameOf(a, c.subjectKey), c.value, c.normalizedValue]);

describe("actions, statements and locations on an unseen kind of event (company layoffs)", () => {
  it("keeps every claim span exact", () => {
    for (const c of layoffs.claims) {
      expect(layoffs.text.slice(c.start, c.end)).toBe(c.text);
      expect(layoffs.text.slice(c.valueStart, c.valueEnd)).toBe(c.value);
    }
  });

  it("finds who did what, with the printed verb phrase and a lemma + object normal form", () => {
    expect(rows(layoffs, "action")).toEqual(
      expect.arrayContaining([
        ["Brightwave Motors", "laid off 1,200 workers", "lay off 1,200 workers"],
        ["United Auto Workers", "condemned the layoffs", "condemn layoffs"],
        ["United Auto Workers", "filed a complaint with the National Labor Relations Board", "complaint with national labor relations board"],
        ["Helen Marsh", "posted on LinkedIn", "post on linkedin"],
      ]),
    );
  });

  it("finds paraphrased statements and who was told", () => {
    expect(rows(layoffs, "statement")).toEqual(
      expect.arrayContaining([
        ["Helen Marsh", "told reporters", "tell reporters"],
        ["Helen Marsh", "the company had no choice but to reduce costs", "company had no choice but to reduce costs"],
        ["Carlos Vega", "the company had broken its contract", "company had broken its contract"],
        ["Helen Marsh", "the plant would not close", "plant would not close"],
        ["Dana Wills", "expressed concern over the job losses", "express concern over job losses"],
        ["Dana Wills", "the state would offer retraining", "state would offer retraining"],
      ]),
    );
  });

  it("places a speaker set off by a participle, and never guesses an unnamed actor", () => {
    expect(rows(layoffs, "location")).toEqual([["Carlos Vega", "the plant gates", "plant gates"]]);
    // "Brightwave released a statement": the short name is not a recognised entity, so no subject is guessed
    expect(layoffs.claims.some((c) => c.value === "released a statement")).toBe(false);
  });
});

describe("claim kinds on the seed articles", () => {
  const seed = (f: string) => analyzeArticle(readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), "utf8"), { fileName: f });
  const a000 = seed("000_c4bfd782671b2726.txt");
  const a003 = seed("003_99b86c2a8920ba6a.txt");
  const a004 = seed("004_fc3252244b3faa0a.txt");

  it("resolves coordinated verbs to the first verb's actor", () => {
    const acts = rows(a000, "action").map((r) => [r[0], r[2]]);
    expect(acts).toEqual(expect.arrayContaining([["Police of Ecuador", "break down building external doors"], ["Police of Ecuador", "enter main patio"]]));
    expect(acts).toEqual(expect.arrayContaining([["Jorge Glas", "flee to mexico embassy"], ["Jorge Glas", "seek political asylum"]]));
  });

  it("finds statements by channel and audience", () => {
    expect(rows(a003, "statement").map((r) => [r[0], r[2]])).toEqual(expect.arrayContaining([["Roberto Canseco", "tell local press"]]));
    expect(rows(a004, "statement").map((r) => [r[0], r[2]])).toEqual(
      expect.arrayContaining([["Roberto Canseco", "tell reporter from cnn en español"], ["Government of Ecuador", "issue statement"]]),
    );
    expect(rows(a000, "statement").map((r) => r[1])).toEqual(expect.arrayContaining(["released a statement", "voiced concern over Daniel Noboa's actions"]));
  });

  it("keeps spans exact on the seeds", () => {
    for (const a of [a000, a003, a004]) for (const c of a.claims) expect(a.text.slice(c.valueStart, c.valueEnd)).toBe(c.value);
  });
});

describe("changes to a relationship between parties, in any domain", () => {
  const actions = (sentence: string) => {
    const a = analyzeArticle(`Talks update\n\nThe dispute went on for months.\n\n${sentence}`);
    return rows(a, "action").map(([who, , norm]) => [who, norm]);
  };

  it("reads ending, pausing and restoring with the relationship noun and its modifiers", () => {
    expect(actions("The Harbour Workers Union broke off wage talks with Meridian Shipping on Friday.")).toContainEqual(["Harbour Workers Union", "sever wage talks"]);
    expect(actions("Lowmark Council suspended its partnership with the regional water board.")).toContainEqual(["Lowmark Council", "suspend partnership"]);
    expect(actions("Peru resumed trade relations with Chile after a year.")).toContainEqual(["Peru", "restore trade relations"]);
  });

  it("reads ties as relations, a progressive as an act and a verb in scare quotes as the verb", () => {
    expect(actions("Peru is severing diplomatic ties with Chile.")).toContainEqual(["Peru", "sever diplomatic relations"]);
    expect(actions("Peru is “breaking” diplomatic relations with Chile.")).toContainEqual(["Peru", "sever diplomatic relations"]);
  });

  it("makes no act of a refusal, a denial or a passive", () => {
    expect(actions("Lowmark Council refused to end its partnership with the water board.")).toEqual([]);
    expect(actions("Lowmark Council did not suspend talks with the water board.")).toEqual([]);
    expect(actions("Talks with Lowmark Council were suspended on Monday.")).toEqual([]);
  });
});
