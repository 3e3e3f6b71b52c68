/**
 * Rule "fact.state": custody, care, verdicts per charge and the operation of places, with polarity from
 * negation and denial, and who is in the state. One construction per test; invented sentences.
 */
import { describe, expect, it } from "vitest";
import { analyze, factWith, factsOf, subjectName } from "./fact-test-kit";

const S = "fact.state";

describe("custody", () => {
  it("reads 'released without charge' as free, of the named person", () => {
    const a = analyze("The ferry's captain, Tomas Reinholt, was questioned and released without charge.");
    const f = factWith(a, S, "released without charge");
    expect([f.fact.group, f.fact.state, f.fact.polarity]).toEqual(["custody", "free", "positive"]);
    expect(subjectName(a, f)).toBe("Tomas Reinholt");
  });

  it("reads 'remains in custody' as held", () => {
    const a = analyze("The ferry's captain, Tomas Reinholt, remains in custody.");
    const f = factWith(a, S, "in custody");
    expect([f.fact.group, f.fact.state]).toEqual(["custody", "held"]);
    expect(subjectName(a, f)).toBe("Tomas Reinholt");
  });

  it("gives the object of an active arrest, then the pronoun that follows, their states in order", () => {
    const a = analyze("Police arrested Tomas Reinholt on Monday. He was later released without charge.");
    const states = factsOf(a, S).map((c) => [subjectName(a, c), c.fact.state]);
    expect(states).toEqual([
      ["Tomas Reinholt", "held"],
      ["Tomas Reinholt", "free"],
    ]);
  });

  it("takes a statement released by a ministry for nobody's release", () => {
    const a = analyze("A statement released by the ministry said the border would stay open.");
    expect(factsOf(a, S).filter((c) => c.fact.group === "custody")).toEqual([]);
  });

  it("takes 'no workers were arrested' for nobody held", () => {
    const a = analyze("Nobody was hurt in the blaze and no workers were arrested.");
    expect(factsOf(a, S).filter((c) => c.fact.group === "custody" && c.fact.polarity === "positive")).toEqual([]);
  });
});

describe("care", () => {
  it("reads 'has been discharged from hospital' of a child described by age", () => {
    const f = factWith(analyze("A 9-year-old girl has been discharged from hospital."), S, "discharged from hospital");
    expect([f.fact.group, f.fact.state]).toEqual(["care", "discharged"]);
    expect(f.fact.frame.subjectPhrase).toBe("girl aged 9");
  });

  it("describes a child whose age is spelt out as the same child", () => {
    const f = factWith(analyze("A nine-year-old girl remains in critical condition."), S, "remains in critical condition");
    expect([f.fact.group, f.fact.state]).toEqual(["care", "in hospital"]);
    expect(f.fact.frame.subjectPhrase).toBe("girl aged 9");
  });

  it("finds the one in care before a relative clause", () => {
    const f = factWith(analyze("A nine-year-old girl who was pulled from the river remains in critical condition."), S, "remains in critical condition");
    expect(f.fact.frame.subjectPhrase).toBe("girl aged 9");
  });
});

describe("verdicts, one per charge", () => {
  it("reads 'acquitted him of fraud' as an acquittal of the person named before", () => {
    const a = analyze("Hallam Drewe, a former councillor, stood trial in Ashby. A jury acquitted him of fraud on Friday.");
    const f = factWith(a, S, "acquitted him of");
    expect([f.fact.group, f.normalizedValue, f.fact.frame.owner]).toEqual(["verdict", "acquitted of fraud", "fraud"]);
    expect(subjectName(a, f)).toBe("Hallam Drewe");
  });

  it("reads 'convicted of theft and fraud' as one conviction per charge", () => {
    const a = analyze("Hallam Drewe was convicted of theft and fraud on Friday.");
    const verdicts = factsOf(a, S).map((c) => [subjectName(a, c), c.normalizedValue]);
    expect(verdicts).toEqual([
      ["Hallam Drewe", "convicted of theft"],
      ["Hallam Drewe", "convicted of fraud"],
    ]);
  });

  it("reads 'found not guilty of' as an acquittal, not a conviction", () => {
    const a = analyze("Hallam Drewe was found not guilty of bribery.");
    expect(factsOf(a, S).map((c) => c.normalizedValue)).toEqual(["acquitted of bribery"]);
  });
});

describe("the operation of places", () => {
  it("reads 'has not closed' as a plant denied closed", () => {
    const f = factWith(analyze("Velder Chemicals said the Marsh Lane plant has not closed."), S, "closed");
    expect([f.fact.group, f.fact.state, f.fact.polarity, f.fact.frame.owner]).toEqual(["operation", "closed", "negative", "plant"]);
  });

  it("reads 'suspended all production at the plant' as the plant closed", () => {
    const f = factWith(analyze("Velder Chemicals suspended all production at the Marsh Lane plant."), S, "suspended");
    expect([f.fact.state, f.fact.polarity, f.fact.frame.owner]).toEqual(["closed", "positive", "plant"]);
  });

  it("reads suspended and cancelled flights as the same closed state", () => {
    const suspended = factWith(analyze("Brannock Air suspended all flights from Kelso airport on Tuesday."), S, "suspended");
    const cancelled = factWith(analyze("Brannock Air cancelled all flights from Kelso airport on Tuesday."), S, "cancelled");
    for (const f of [suspended, cancelled]) expect([f.fact.state, f.fact.frame.owner]).toEqual(["closed", "flight"]);
  });

  it("takes no closed state of something that is no place or service", () => {
    const a = analyze("The mayor closed the meeting with a minute's silence.");
    expect(factsOf(a, S)).toEqual([]);
  });
});
