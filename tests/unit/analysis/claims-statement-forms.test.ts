import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import type { TArticleAnalysis } from "@/lib/schemas/pipeline";
import { at, claimRows, seed } from "./claim-test-kit";

/** Statement claims as [speaker, value, normalised value, valueStart]; every span checked exact. */
const statements = (a: TArticleAnalysis) => claimRows(a, "statement");

describe("statement forms of English news writing", () => {
  const a003 = seed("003_99b86c2a8920ba6a.txt");
  const a004 = seed("004_fc3252244b3faa0a.txt");

  it("a nominalised statement “<Person>'s (apparent) criticism of <object>” is a statement of that person (seed 004)", () => {
    expect(statements(a004)).toContainEqual([
      "Andrés Manuel López Obrador",
      "apparent criticism of Ecuador’s recent elections",
      "apparent criticism of ecuador recent elections",
      at(a004, "apparent criticism of Ecuador’s recent elections"),
    ]);
    // the participle that follows it speaks for the same person
    expect(statements(a004)).toContainEqual([
      "Andrés Manuel López Obrador",
      "the 2023 run-off vote took place in a",
      "2023 run off vote took place in",
      at(a004, "the 2023 run-off vote took place in a"),
    ]);
  });

  it("“made statements (that …) about <topic>” keeps the printed value and normalises with its topic (seed 003)", () => {
    expect(statements(a003)).toContainEqual(["Andrés Manuel López Obrador", "made statements", "make remarks about last year election", at(a003, "made statements that")]);
  });

  it("one speech verb with two reported clauses “X and that Y” gives one claim per clause (seed 004)", () => {
    const rows = statements(a004).filter((r) => r[0] === "Alicia Bárcena");
    expect(rows).toContainEqual([
      "Alicia Bárcena",
      "there had been no prior contact with Ecuador’s foreign ministry about the arrest",
      "there had been no prior contact with ecuador foreign ministry about arrest",
      at(a004, "there had been no prior contact"),
    ]);
    expect(rows).toContainEqual(["Alicia Bárcena", "Canseco was physically attacked during the arrest", "canseco was physically attacked during arrest", at(a004, "Canseco was physically attacked")]);
    expect(rows.some((r) => String(r[1]).includes(" and that "))).toBe(false);
  });

  it("on an unseen kind of story: criticism of a plan, and two clauses of one verb", () => {
    const a = analyzeArticle(
      "Union leader Dana Wills met workers on Monday.\n\nDana Wills's sharp criticism of the closure plan angered managers.\n\nDana Wills said the plant had been profitable for years and that the company had ignored its workers.",
    );
    const rows = statements(a).map((r) => r.slice(0, 2));
    expect(rows).toEqual(
      expect.arrayContaining([
        ["Dana Wills", "sharp criticism of the closure plan"],
        ["Dana Wills", "the plant had been profitable for years"],
        ["Dana Wills", "the company had ignored its workers"],
      ]),
    );
  });
});

describe("what is not a nominalised statement", () => {
  it("a statement dated by its object (“X's statement on Monday”) is no topic, and the object stops at the verb", () => {
    const a = analyzeArticle("Union leader Dana Wills met workers.\n\nDana Wills's statement on Monday said the plant would close.\n\nDana Wills's comments about the pension fund drew criticism.");
    const values = a.claims.filter((c) => c.attribute === "statement").map((c) => c.value);
    expect(values.some((v) => v.startsWith("statement on Monday"))).toBe(false);
    expect(values).toContain("comments about the pension fund");
  });
});
