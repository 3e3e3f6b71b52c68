import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import type { TArticleAnalysis, TClaimAttribute } from "@/lib/schemas/pipeline";
import { at, claimRows, nameOf, seed } from "./claim-test-kit";

/** Claims of one attribute as [subject, value, valueStart]. */
const claimsOf = (a: TArticleAnalysis, attribute: TClaimAttribute) => claimRows(a, attribute).map(([subject, value, , start]) => [subject, value, start]);

describe("relations between parties, and the subjects of an apposed list", () => {
  const a000 = seed("000_c4bfd782671b2726.txt");
  const a004 = seed("004_fc3252244b3faa0a.txt");

  it("“two of X's biggest allies, A and former colonizer B, also condemned C” (seed 000)", () => {
    const allies = at(a000, "two of Mexico's biggest allies");
    expect(claimsOf(a000, "relation")).toEqual(expect.arrayContaining([
      ["United States", "two of Mexico's biggest allies", allies],
      ["Spain", "two of Mexico's biggest allies", allies],
      ["Spain", "former colonizer", at(a000, "former colonizer")],
    ]));
    // the list restates the fronted phrase, so both listed names act
    const condemned = at(a000, "condemned\u00a0Ecuador"); // the seed prints a no-break space here
    expect(claimsOf(a000, "action")).toEqual(expect.arrayContaining([
      ["United States", "condemned\u00a0Ecuador", condemned],
      ["Spain", "condemned\u00a0Ecuador", condemned],
    ]));
    // the verb's object is not a member of the list
    expect(claimsOf(a000, "relation").filter(([subject]) => subject === "Ecuador" || subject === "Mexico")).toEqual([]);
  });

  it("“vice president under <leader>”: the leader a role served under (seed 004)", () => {
    expect(claimsOf(a004, "relation")).toContainEqual(["Jorge Glas", "under leftist ex-President Rafael Correa", at(a004, "under leftist ex-President Rafael Correa")]);
  });

  it("stays silent where names are not an apposed list or no relation word is printed", () => {
    const text = [
      "Ana Ruiz met Luis Vega in Lima on Monday, and the council, later criticised the plan.",
      "The minister thanked the envoys, Marta Soto and Pedro Gil, before leaving.",
      "Several officials, Rosa Leon and Diego Paz, also condemned the attack.",
    ].join("\n\n");
    const a = analyzeArticle(text, { fileName: "negative.txt" });
    expect(claimsOf(a, "relation")).toEqual([]);
    // a list that restates a fronted phrase does make its members the subjects
    const condemned = a.text.indexOf("condemned the attack");
    expect(claimsOf(a, "action")).toEqual(expect.arrayContaining([
      ["Rosa Leon", "condemned the attack", condemned],
      ["Diego Paz", "condemned the attack", condemned],
    ]));
    expect(claimsOf(a, "action").filter(([subject]) => subject === "Marta Soto" || subject === "Pedro Gil")).toEqual([]);
  });
});

describe("actions in reduced passives and around a quoted verb", () => {
  it("“last year's election, won by Ecuadorian President Daniel Noboa”: the agent after “by” won it (seed 003)", () => {
    const a003 = seed("003_99b86c2a8920ba6a.txt");
    const won = a003.claims.find((c) => c.attribute === "action" && c.value === "won")!;
    expect(won).toBeDefined();
    expect(nameOf(a003, won.subjectKey)).toBe("Daniel Noboa");
    expect(won.normalizedValue).toBe("win last year election");
    expect(won.valueStart).toBe(at(a003, "won by Ecuadorian"));
  });

  it("“the country is “breaking” diplomatic relations … and immediately removing all diplomatic personnel” (seed 004)", () => {
    const a004 = seed("004_fc3252244b3faa0a.txt");
    expect(claimsOf(a004, "action")).toEqual(expect.arrayContaining([
      ["Mexico", "breaking” diplomatic relations", at(a004, "breaking” diplomatic relations")],
      ["Mexico", "removing all diplomatic personnel", at(a004, "removing all diplomatic personnel")],
    ]));
  });

  it("names no agent where “by” is followed by a date or a means", () => {
    const a = analyzeArticle("The vote, called by March, was delayed. The strike, led by example, ended.", { fileName: "negative.txt" });
    expect(claimsOf(a, "action")).toEqual([]);
  });
});
