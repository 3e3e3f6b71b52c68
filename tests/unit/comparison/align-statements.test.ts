import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import { statementsAlign, statementTopic } from "@/lib/comparison/claims/align-statements";
import { compareSources } from "@/lib/comparison/compare-sources";
import { eventClasses } from "@/lib/lexicons/events";
import type { TArticleAnalysis, TClaim, TSourceAnalysis } from "@/lib/schemas/pipeline";

const files = ["000_c4bfd782671b2726.txt", "003_99b86c2a8920ba6a.txt", "004_fc3252244b3faa0a.txt"];
const sources: TSourceAnalysis[] = files.map((f) => {
  const analysis = analyzeArticle(readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), "utf8"), { fileName: f });
  return { sourceId: f, outlet: analysis.meta.outlet, analysis };
});
const [, a003, a004] = sources.map((s) => s.analysis);
const claim = (a: TArticleAnalysis, value: string): TClaim => {
  const c = a.claims.find((x) => x.attribute === "statement" && x.value === value);
  expect(c, value).toBeDefined();
  return c!;
};

describe("event classes (general lexicon)", () => {
  it("names harm and death in any inflection, and no class for the setting of an event", () => {
    expect([...eventClasses("a number of diplomats suffered injuries during the break-in")]).toEqual(["harm"]);
    expect([...eventClasses("Canseco was physically attacked during the arrest")]).toEqual(["harm"]);
    expect([...eventClasses("two guards were killed")]).toEqual(["death"]);
    expect(eventClasses("police raided the building and arrested him").size).toBe(0);
  });
});

describe("statements by one speaker that report the same thing in other words (seeds 003, 004)", () => {
  const injuries = claim(a003, "a number of diplomats suffered injuries during the break-in");
  const attacked = claim(a004, "Canseco was physically attacked during the arrest");
  const noContact = claim(a004, "there had been no prior contact with Ecuador’s foreign ministry about the arrest");
  const remarks = claim(a003, "made statements");
  const criticism = claim(a004, "apparent criticism of Ecuador’s recent elections");
  const informed = claim(a004, "he had been informed");

  it("aligns injuries with a physical attack, but not the arrest both happen during", () => {
    expect(statementsAlign(injuries, attacked)).toBe(true);
    expect(statementsAlign(noContact, attacked)).toBe(false);
    expect(statementsAlign(noContact, injuries)).toBe(false);
  });

  it("aligns remarks and criticism about the same topic, without the country they share", () => {
    expect(statementTopic(remarks)).toEqual(["last", "year", "elect"]);
    expect(statementTopic(criticism)).toEqual(["recent", "elect"]);
    expect(statementsAlign(remarks, criticism)).toBe(true);
    expect(statementsAlign(remarks, informed)).toBe(false);
    expect(statementsAlign(criticism, informed)).toBe(false);
  });

  it("raises the variants and the omission, with no conflict on statements", () => {
    const cmp = compareSources(sources);
    const of = (subject: string, kind: string) => cmp.discrepancies.filter((d) => d.subject === subject && d.attribute === "statement" && d.kind === kind);
    const valuesOf = (d: (typeof cmp.discrepancies)[number]) => d.items.map((i) => `${i.sourceId.slice(0, 3)}: ${i.value}`).sort();
    expect(of("Alicia Bárcena", "variant").map(valuesOf)).toEqual([
      ["003: a number of diplomats suffered injuries during the break-in", "004: Canseco was physically attacked during the arrest"],
    ]);
    expect(of("Andrés Manuel López Obrador", "variant").map(valuesOf)).toEqual([["003: made statements", "004: apparent criticism of Ecuador’s recent elections"]]);
    const omission = of("Andrés Manuel López Obrador", "omission").find((d) => d.missingSourceIds.includes(files[0]));
    expect(omission && valuesOf(omission)).toEqual(["003: made statements", "004: apparent criticism of Ecuador’s recent elections"]);
    expect(cmp.discrepancies.filter((d) => d.kind === "conflict" && d.attribute === "statement")).toEqual([]);
  });
});
