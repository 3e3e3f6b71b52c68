/**
 * Times across outlets: intervals that do not overlap are a conflict, a day and a narrower time inside it
 * agree, and a time that commits to little ("earlier this year") never bridges two that disagree.
 * Invented outlets, one construction per test.
 */
import { describe, expect, it } from "vitest";
import { compareOutlets, factConflicts, groupHolding, itemValues, theConflict } from "./fact-compare-kit";

describe("days and parts of days", () => {
  it("flags 'shortly before 11 p.m. on Monday' against 'in the early hours of Tuesday'", () => {
    const c = compareOutlets(
      "The footbridge over the Ossel collapsed shortly before 11 p.m. on Monday, police said.",
      "The footbridge over the Ossel collapsed in the early hours of Tuesday, police said.",
    );
    const d = theConflict(c, "fact.time.conflict");
    expect(itemValues(d)).toEqual(["a:shortly before 11 p.m. on Monday", "b:in the early hours of Tuesday"]);
  });

  it("agrees on 'Tuesday' in an article dated that Tuesday and the date itself", () => {
    const c = compareOutlets(
      { body: "The footbridge over the Ossel collapsed on Tuesday.", published: "2025-03-11" },
      { body: "The footbridge over the Ossel collapsed on March 11.", published: "2025-03-12" },
    );
    expect(groupHolding(c, ["a:on Tuesday", "b:on March 11"]).agreement).toBe("agree");
    expect(factConflicts(c)).toEqual([]);
  });

  it("agrees on 'at first light Tuesday' and 'at dawn on' that date", () => {
    const c = compareOutlets(
      { body: "Search teams resumed the operation at first light Tuesday.", published: "2025-03-11" },
      { body: "Search teams resumed the operation at dawn on March 11.", published: "2025-03-11" },
    );
    expect(groupHolding(c, ["a:at first light Tuesday", "b:at dawn on March 11"]).agreement).toBe("agree");
  });

  it("takes a clock time inside the day another outlet names for agreement", () => {
    const c = compareOutlets("The footbridge over the Ossel collapsed at 10:45 p.m. on Monday.", "The footbridge over the Ossel collapsed on Monday.");
    expect(factConflicts(c)).toEqual([]);
    expect(groupHolding(c, ["a:at 10:45 p.m. on Monday", "b:on Monday"]).agreement).toBe("variant");
  });

  it("flags two different days of the same event", () => {
    const c = compareOutlets("The footbridge over the Ossel collapsed on Monday.", "The footbridge over the Ossel collapsed on Sunday.");
    expect(itemValues(theConflict(c, "fact.time.conflict"))).toEqual(["a:on Monday", "b:on Sunday"]);
  });
});

describe("weeks, months and years", () => {
  it("flags 'in February' against 'last week'", () => {
    const c = compareOutlets("The strike began in February.", "The strike began last week.");
    expect(itemValues(theConflict(c, "fact.time.conflict"))).toEqual(["a:in February", "b:last week"]);
  });

  it("takes 'earlier this year' for agreement with February", () => {
    const c = compareOutlets("The strike began earlier this year.", "The strike began in February.");
    expect(factConflicts(c)).toEqual([]);
  });

  it("takes 'earlier this year' for agreement with last week", () => {
    const c = compareOutlets("The strike began earlier this year.", "The strike began last week.");
    expect(factConflicts(c)).toEqual([]);
  });

  it("never lets 'earlier this year' bridge February and last week", () => {
    const c = compareOutlets("The strike began earlier this year.", "The strike began in February.", "The strike began last week.");
    const d = theConflict(c, "fact.time.conflict");
    expect(d.summary).toContain("“in February”");
    expect(d.summary).toContain("“last week”");
  });

  it("agrees on 'in March last year' and 'in March 2024' in articles of 2025", () => {
    const c = compareOutlets({ body: "The factory first opened in March last year.", published: "2025-04-15" }, { body: "The factory first opened in March 2024.", published: "2025-04-15" });
    expect(groupHolding(c, ["a:in March last year", "b:in March 2024"]).agreement).toBe("agree");
  });

  it("flags 'in March last year' against 'in March 2023'", () => {
    const c = compareOutlets({ body: "The factory first opened in March last year.", published: "2025-04-15" }, { body: "The factory first opened in March 2023.", published: "2025-04-15" });
    expect(itemValues(theConflict(c, "fact.time.conflict"))).toEqual(["a:in March last year", "b:in March 2023"]);
  });
});

describe("what the time is of", () => {
  it("does not oppose the times of two different events", () => {
    const c = compareOutlets("The footbridge over the Ossel collapsed on Monday.", "Divers recovered the last body on Thursday.");
    expect(factConflicts(c)).toEqual([]);
  });
});
