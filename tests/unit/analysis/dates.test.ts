import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import { findDateExpressions, isoWeek, resolveDateExpression } from "@/lib/text/resolve-dates";

const seed = (n: string) => analyzeArticle(readFileSync(new URL(`../../../seeds/${n}.txt`, import.meta.url), "utf8"));
const resolveIn = (sentence: string, dateline: string | null, previous: string | null = null, future = false) =>
  findDateExpressions(sentence).map((e) => [e.text, resolveDateExpression(e, dateline, previous, future).resolved]);

describe("date expressions", () => {
  it("finds weekday, relative, deictic, period and calendar forms with exact spans", () => {
    const t = "The embassy remained under guard late Friday. A day earlier, he spoke. On 3 March and on April 5, 2024, and this week.";
    const found = findDateExpressions(t);
    expect(found.map((e) => e.text)).toEqual(["late Friday", "A day earlier", "On 3 March", "on April 5, 2024", "this week"]);
    for (const e of found) expect(t.slice(e.start, e.end)).toBe(e.text);
  });

  it("a weekday is the most recent such day on or before the dateline (the dateline's own weekday is the dateline)", () => {
    // 2024-04-06 is a Saturday
    expect(resolveIn("late Friday", "2024-04-06")).toEqual([["late Friday", "2024-04-05"]]);
    expect(resolveIn("on Saturday", "2024-04-06")).toEqual([["on Saturday", "2024-04-06"]]);
    expect(resolveIn("last Saturday", "2024-04-06")).toEqual([["last Saturday", "2024-03-30"]]);
    expect(resolveIn("on Monday", "2024-04-06", null, true)).toEqual([["on Monday", "2024-04-08"]]);
    expect(resolveIn("next Saturday", "2024-04-06")).toEqual([["next Saturday", "2024-04-13"]]);
  });

  it("chains 'a day earlier' on the previous resolved date and leaves it unresolved without one", () => {
    expect(resolveIn("A day earlier", "2024-04-06", "2024-04-05")).toEqual([["A day earlier", "2024-04-04"]]);
    expect(resolveIn("A day earlier", "2024-04-06", null)).toEqual([["A day earlier", null]]);
  });

  it("never resolves relative expressions without a dateline (no 'today')", () => {
    for (const e of ["on Friday", "yesterday", "this week", "last year", "on 3 March"]) expect(resolveIn(e, null)[0][1]).toBeNull();
    expect(resolveIn("on April 5, 2024", null)).toEqual([["on April 5, 2024", "2024-04-05"]]);
  });

  it("resolves weeks, months and years at their precision", () => {
    expect(resolveIn("this week", "2024-04-06")).toEqual([["this week", "2024-W14"]]);
    expect(resolveIn("last year", "2024-04-06")).toEqual([["last year", "2023"]]);
    expect(resolveIn("last month", "2024-01-10")).toEqual([["last month", "2023-12"]]);
    expect(isoWeek(new Date(Date.UTC(2021, 0, 1)))).toBe("2020-W53");
  });

  it("does not take a possessive 'last year's' as a date", () => {
    expect(findDateExpressions("about last year's election")).toEqual([]);
  });
});

describe("date claims on the seeds", () => {
  it("003 (dated 2024-04-06): late Friday → 2024-04-05, a day earlier → 2024-04-04, subject = the actor", () => {
    const a = seed("003_99b86c2a8920ba6a");
    const dates = a.claims.filter((c) => c.attribute === "date");
    const name = (k: string | null) => a.entities.find((e) => e.key === k)?.name;
    const late = dates.find((c) => c.value === "late Friday")!;
    expect(a.text.slice(late.valueStart, late.valueEnd)).toBe("late Friday");
    expect(late.resolvedDate).toBe("2024-04-05");
    expect(late.normalizedValue).toBe("2024-04-05");
    expect(late.dateAnchor).toBe("dateline");
    const earlier = dates.find((c) => c.value === "A day earlier")!;
    expect(earlier.resolvedDate).toBe("2024-04-04");
    expect(earlier.dateAnchor).toBe("previous_date");
    // "A day earlier, ... after Mexico's president made statements": the president named earlier by role
    expect(name(earlier.subjectKey)).toBe("Andrés Manuel López Obrador");
  });

  it("004 (no dateline): weekdays stay unresolved, keeping the printed weekday for cross-source anchoring", () => {
    const a = seed("004_fc3252244b3faa0a");
    const d = a.claims.find((c) => c.attribute === "date" && c.value === "on Friday night")!;
    expect(d.resolvedDate).toBeNull();
    expect(d.normalizedValue).toBe("friday night");
    expect(a.entities.find((e) => e.key === d.subjectKey)?.name).toBe("Police of Ecuador");
    expect(a.claims.some((c) => c.attribute === "date" && c.value === "this week" && c.resolvedDate === null)).toBe(true);
  });
});
