/**
 * The general fact layer reads numbers as news prose prints them (rule "fact.quantity"): one construction
 * per test, on invented sentences about floods, fires, transfers, strikes and council votes.
 */
import { describe, expect, it } from "vitest";
import { analyze, factWith, factsOf, valuesOf } from "./fact-test-kit";

const Q = "fact.quantity";

describe("numbers, words and magnitudes", () => {
  it("reads a number word and its digits as the same count of the dead", () => {
    for (const [body, printed] of [
      ["Six people died when the Ossel burst its banks.", "Six"],
      ["6 people died when the Ossel burst its banks.", "6"],
    ]) {
      const f = factWith(analyze(body), Q, printed);
      expect(f.normalizedValue).toBe("6");
      expect([f.fact.low, f.fact.high, f.fact.dimension]).toEqual([6, 6, "count"]);
      expect(f.fact.frame.predicates).toEqual(["dead"]);
      expect(f.fact.frame.head).toBe("person");
    }
  });

  it("reads a currency word after a magnitude and a symbol glued to it as one sum", () => {
    const words = factWith(analyze("The port authority agreed to pay 4.2 million euros for the new ferry terminal."), Q, "4.2 million euros");
    const symbol = factWith(analyze("The port authority agreed to pay €4.2m for the new ferry terminal."), Q, "€4.2m");
    for (const f of [words, symbol]) {
      expect(f.normalizedValue).toBe("€4.2m");
      expect([f.fact.low, f.fact.dimension, f.fact.unit]).toEqual([4_200_000, "money", "EUR"]);
      expect(f.fact.frame.predicates).toContain("pay");
    }
  });

  it("reads a fraction of a magnitude as a round figure around its value", () => {
    const f = factWith(analyze("The regional government will spend a quarter of a billion euros rebuilding the bridge."), Q, "a quarter of a billion euros");
    expect([f.fact.low, f.fact.high, f.fact.unit, f.fact.approx]).toEqual([225_000_000, 275_000_000, "EUR", "about"]);
  });

  it("reads a ratio as a percentage", () => {
    const f = factWith(analyze("Seven in ten voters backed the new charter."), Q, "Seven in ten");
    expect([f.fact.low, f.fact.dimension, f.normalizedValue]).toEqual([70, "percent", "70%"]);
  });

  it("writes 'per cent' and '%' as one unit", () => {
    const sign = factWith(analyze("Harlow Mills will cut 10% of its workforce."), Q, "10%");
    const words = factWith(analyze("Harlow Mills will cut 10 per cent of its workforce."), Q, "10 per cent");
    expect([sign.normalizedValue, words.normalizedValue]).toEqual(["10%", "10%"]);
    expect(words.fact.frame.owner).toBe("workforce");
  });
});

describe("units", () => {
  it("converts miles to metres and keeps the printed unit for rounding", () => {
    const f = factWith(analyze("Residents living within 1.6 miles of the plant were evacuated."), Q, "1.6 miles");
    expect(f.fact.dimension).toBe("length");
    expect(f.fact.low).toBeCloseTo(2574.95, 1);
    expect(f.fact.printedUnit).toBe("miles");
    expect(f.fact.frame.owner).toBe("plant");
  });

  it("converts hectares and acres to square metres", () => {
    const ha = factWith(analyze("The wildfire has burned 4,000 hectares of pine forest."), Q, "4,000 hectares");
    const acres = factWith(analyze("The wildfire has burned 9,884 acres of pine forest."), Q, "9,884 acres");
    expect(ha.fact.dimension).toBe("area");
    expect(ha.fact.low).toBe(40_000_000);
    expect(acres.fact.low! / 1e6).toBeCloseTo(40, 1);
    expect([ha.fact.frame.owner, acres.fact.frame.owner]).toEqual(["forest", "forest"]);
  });

  it("reads a number compounded with a unit before a noun as that noun's measure", () => {
    const f = factWith(analyze("The blaze destroyed a 12 km stretch of the coastal road."), Q, "12 km");
    expect([f.fact.low, f.fact.frame.owner]).toEqual([12_000, "stretch"]);
  });

  it("reads a five-year deal as a contract lasting five years", () => {
    const f = factWith(analyze("Dorsey Athletic signed the goalkeeper on a five-year deal."), Q, "five-year");
    expect(f.fact.dimension).toBe("duration");
    expect(f.fact.low).toBeCloseTo(5 * 365.25, 2);
    expect(f.fact.frame.owner).toBe("contract");
  });
});

describe("approximators, bounds and vague amounts", () => {
  it("widens 'about 8%' around the printed value", () => {
    const f = factWith(analyze("Officials said about 8% of the town's homes were flooded."), Q, "about 8%");
    expect(f.fact.approx).toBe("about");
    expect(f.fact.low).toBeCloseTo(7.2, 5);
    expect(f.fact.high).toBeCloseTo(8.8, 5);
  });

  it("leaves 'at least 48' open above", () => {
    const f = factWith(analyze("At least 48 people died in the floods."), Q, "At least 48");
    expect([f.fact.low, f.fact.high, f.normalizedValue]).toEqual([48, null, "at least 48"]);
  });

  it("reads 'dozens of' as a vague amount", () => {
    const f = factWith(analyze("Dozens of people were injured in the blast."), Q, "Dozens of");
    expect(f.fact.approx).toBe("vague");
    expect(f.fact.high).toBeNull();
  });
});

describe("figures that are no outlet's total", () => {
  it("marks 'two more bodies' as an increment of the dead", () => {
    const f = factWith(analyze("Divers recovered two more bodies from the lake on Wednesday."), Q, "two");
    expect(f.fact.frame.qualifiers).toContain("increment");
    expect(f.fact.frame.predicates).toEqual(["dead"]);
  });

  it("marks 'five of them' as a subset, and leaves the total before it alone", () => {
    const a = analyze("Eleven people were killed in the collapse. Five of them were killed instantly.");
    expect(factWith(a, Q, "Five").fact.frame.qualifiers).toContain("subset");
    expect(factWith(a, Q, "Eleven").fact.frame.qualifiers).toEqual([]);
  });

  it("marks a sum paid every year as a rate", () => {
    const f = factWith(analyze("The striker will earn €3m a year at Pellham United."), Q, "€3m");
    expect(f.fact.frame.qualifiers).toContain("rate:year");
  });

  it("marks the old value of a change as previous, and reads the new one on its own", () => {
    const a = analyze("The number of patients on the waiting list rose from 8 to 12 within a month.");
    expect(factWith(a, Q, "8").fact.frame.qualifiers).toContain("previous");
    expect(factWith(a, Q, "12").fact.frame.qualifiers).not.toContain("previous");
    // a change is no range: "8 to 12" is two values, not 8–12
    expect(valuesOf(a, Q)).toEqual(["8", "12"]);
  });

  it("keeps a figure of a past year apart from the article's own", () => {
    const a = analyze("Three people died when the Ossel burst its banks this week. In 2019, the river flooded the same valley, when 41 people died.");
    expect(factWith(a, Q, "41").fact.frame.era).toBe("2019");
    expect(factWith(a, Q, "Three").fact.frame.era).toBeNull();
  });
});

describe("numbers that are no quantity", () => {
  it("takes no year for an amount", () => {
    expect(valuesOf(analyze("The dam collapsed in 1987 and was never rebuilt."), Q)).toEqual([]);
  });

  it("takes no clock time for an amount", () => {
    expect(valuesOf(analyze("The plant was evacuated at 11 p.m. on Monday."), Q)).toEqual([]);
  });

  it("takes no day of a month for an amount", () => {
    expect(valuesOf(analyze("Some 300 workers were evacuated on March 3."), Q)).toEqual(["Some 300"]);
  });

  it("takes no ordinal for an amount", () => {
    expect(valuesOf(analyze("The 2nd floor of the factory collapsed."), Q)).toEqual([]);
  });

  it("takes no number of a broadcaster's name for a count of the dead", () => {
    expect(valuesOf(analyze("Six people died in the fire, Channel 9 reported."), Q)).toEqual(["Six"]);
  });

  it("takes no age for an amount", () => {
    expect(valuesOf(analyze("A 9-year-old girl has been discharged from hospital."), Q)).toEqual([]);
  });
});

describe("tallies (rule fact.tally)", () => {
  it("reads a vote printed in digits as a tally, not a range", () => {
    const a = analyze("The council voted 7-4 to approve the new bypass.");
    const f = factWith(a, "fact.tally", "7-4");
    expect([f.normalizedValue, f.fact.dimension]).toEqual(["7-4", "tally"]);
    expect(f.fact.frame.predicates).toEqual(["vote"]);
    expect(valuesOf(a, Q)).toEqual([]);
  });

  it("reads 'seven votes to four' as the tally 7-4", () => {
    const f = factWith(analyze("The council approved the new bypass by seven votes to four."), "fact.tally", "seven votes to four");
    expect(f.normalizedValue).toBe("7-4");
  });

  it("reads 'an 8-3 vote' as the tally 8-3", () => {
    const f = factWith(analyze("The bypass was approved in an 8-3 vote by the council."), "fact.tally", "8-3 vote");
    expect(f.normalizedValue).toBe("8-3");
  });

  it("reads '2 to 3 weeks' as a range of durations, not a tally", () => {
    const a = analyze("The council voted to close the bridge for 2 to 3 weeks.");
    expect(factsOf(a, "fact.tally")).toEqual([]);
  });
});
