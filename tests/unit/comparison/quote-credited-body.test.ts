/**
 * A quotation one outlet credits to a person and another to a body ("the board wrote"), on whole
 * analysed articles: a disagreement on who said it, unless the person's role is the body's.
 */
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import { compareSources } from "@/lib/comparison/compare-sources";
import { creditedBody } from "@/lib/comparison/quotes/credited-body";
import type { TSourceAnalysis } from "@/lib/schemas/pipeline";

const source = (sourceId: string, outlet: string, text: string): TSourceAnalysis => ({ sourceId, outlet, analysis: analyzeArticle(text) });
const attributions = (sources: TSourceAnalysis[]) => compareSources(sources).discrepancies.filter((d) => d.kind === "attribution");

const LETTER = "The depot will be rebuilt before the first frost, and every route will run again";

describe("quotations credited to a body", () => {
  it("reads a described body from the printed speaker, not a person, a member or a newspaper", () => {
    expect(creditedBody("the board")).toBe("the board");
    expect(creditedBody("the city council")).toBe("the city council");
    expect(creditedBody("police")).toBe("police");
    expect(creditedBody("the newspaper")).toBeNull();
    expect(creditedBody("a board member")).toBeNull();
    expect(creditedBody("Tom Hale")).toBeNull();
    expect(creditedBody(null)).toBeNull();
  });

  it("flags the same words credited to the transit director by one outlet and to the board by another", () => {
    const found = attributions([
      source("src_a", "Valley Wire", `Transit director Ines Varga announced the plan on Monday.\n\n"${LETTER}," Varga wrote in a letter to riders.`),
      source("src_b", "Harbour Post", `The transit authority announced the plan on Monday.\n\n"${LETTER}," the board wrote in a letter to riders signed by its chair, Paul Emre.`),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].summary).toMatch(/credited to .*Ines Varga.* and to the board|credited to the board.* and to .*Ines Varga/);
    expect(new Set(found[0].items.map((i) => i.sourceId))).toEqual(new Set(["src_a", "src_b"]));
  });

  it("does not flag words credited to prosecutors by one outlet and to the chief prosecutor by another", () => {
    const found = attributions([
      source("src_a", "Valley Wire", `Chief prosecutor Lena Okafor spoke after the verdict.\n\n"Nobody in this city stands above the law," Okafor said.`),
      source("src_b", "Harbour Post", `The court convicted the former treasurer on Friday.\n\n"Nobody in this city stands above the law," prosecutors said.`),
    ]);
    expect(found).toEqual([]);
    // the role decides: the same words from someone who is not a prosecutor are a disagreement
    const mayor = attributions([
      source("src_a", "Valley Wire", `Mayor Lena Okafor spoke after the verdict.\n\n"Nobody in this city stands above the law," Okafor said.`),
      source("src_b", "Harbour Post", `The court convicted the former treasurer on Friday.\n\n"Nobody in this city stands above the law," prosecutors said.`),
    ]);
    expect(mayor).toHaveLength(1);
  });
});
