/**
 * Rule "fact.time": when an event happened, as an interval of minutes resolved against the dateline and
 * attached to the event its clause names. One construction per test; invented sentences.
 */
import { describe, expect, it } from "vitest";
import { analyze, factWith, minutes } from "./fact-test-kit";

const T = "fact.time";

describe("a day narrowed by a clock time or a part of the day", () => {
  it("reads 'shortly before 11 p.m. on Monday' as the hour before 11 p.m. of the Monday before the dateline", () => {
    const f = factWith(analyze("The footbridge over the Ossel collapsed shortly before 11 p.m. on Monday, police said."), T, "shortly before 11 p.m. on Monday");
    expect(f.normalizedValue).toBe("2025-03-10");
    expect([f.fact.from, f.fact.to]).toEqual([minutes("2025-03-10", 22), minutes("2025-03-10", 23)]);
    expect(f.fact.frame.predicates).toEqual(["collapse"]);
  });

  it("reads 'in the early hours of Tuesday' as the hours after Tuesday's midnight", () => {
    const f = factWith(analyze("The footbridge over the Ossel collapsed in the early hours of Tuesday, police said."), T, "in the early hours of Tuesday");
    expect(f.normalizedValue).toBe("2025-03-11");
    expect(f.fact.from).toBe(minutes("2025-03-11"));
    expect(f.fact.to).toBeLessThanOrEqual(minutes("2025-03-11", 6));
  });

  it("reads 'at first light Tuesday' as Tuesday's dawn", () => {
    const f = factWith(analyze("Search teams resumed the operation at first light Tuesday.", "2025-03-11"), T, "at first light Tuesday");
    expect(f.normalizedValue).toBe("2025-03-11");
    expect(f.fact.from).toBeGreaterThanOrEqual(minutes("2025-03-11", 3));
    expect(f.fact.to).toBeLessThanOrEqual(minutes("2025-03-11", 9));
  });
});

describe("a day against the dateline", () => {
  it("reads the weekday of an article dated that weekday as the dateline itself", () => {
    // 11 March 2025 is a Tuesday
    const f = factWith(analyze("The footbridge over the Ossel collapsed on Tuesday.", "2025-03-11"), T, "on Tuesday");
    expect(f.normalizedValue).toBe("2025-03-11");
    expect([f.fact.from, f.fact.to]).toEqual([minutes("2025-03-11"), minutes("2025-03-12")]);
  });

  it("reads a weekday as the last one before a later dateline", () => {
    const f = factWith(analyze("The footbridge over the Ossel collapsed on Tuesday."), T, "on Tuesday");
    expect(f.normalizedValue).toBe("2025-03-11");
  });
});

describe("a week, a month or part of a year", () => {
  it("reads 'in February' as the whole month of the dateline's year", () => {
    const f = factWith(analyze("The strike began in February."), T, "in February");
    expect([f.fact.from, f.fact.to]).toEqual([minutes("2025-02-01"), minutes("2025-03-01")]);
    expect(f.fact.frame.predicates).toEqual(["open"]);
  });

  it("reads 'last week' as the calendar week before the dateline's", () => {
    const f = factWith(analyze("The strike began last week."), T, "last week");
    expect([f.fact.from, f.fact.to]).toEqual([minutes("2025-03-03"), minutes("2025-03-10")]);
  });

  it("reads 'earlier this year' as the year up to the dateline", () => {
    const f = factWith(analyze("The strike began earlier this year."), T, "earlier this year");
    expect(f.fact.from).toBe(minutes("2025-01-01"));
    expect(f.fact.to).toBe(minutes("2025-03-13"));
  });

  it("reads 'in March last year' as March of the year before the dateline", () => {
    const f = factWith(analyze("The factory first opened in March last year.", "2025-04-15"), T, "in March last year");
    expect(f.normalizedValue).toBe("2024-03");
    expect([f.fact.from, f.fact.to]).toEqual([minutes("2024-03-01"), minutes("2024-04-01")]);
  });

  it("reads a month later than the dateline's as last year's", () => {
    const f = factWith(analyze("The mill was sold in November."), T, "in November");
    expect(f.normalizedValue).toBe("2024-11");
  });
});

describe("what the time is about", () => {
  it("attaches a time after an announcement to what the announcement says", () => {
    const a = analyze("Harlow Mills said on Tuesday it would cut 200 jobs at the Dunmore mill.");
    const f = factWith(a, T, "on Tuesday");
    expect(f.fact.frame.predicates).toEqual(["announce"]);
    expect(f.fact.frame.owner).toBe("cut");
  });
});
