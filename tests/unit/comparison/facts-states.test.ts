/**
 * States across outlets: two states of one group that exclude each other are a conflict, a state against
 * its own denial too, and of one outlet's states of a subject the current one decides. Intent and
 * inclusion are states with polarity. Invented outlets, one construction per test.
 */
import { describe, expect, it } from "vitest";
import { compareOutlets, factConflicts, groupHolding, itemValues, theConflict } from "./fact-compare-kit";

describe("custody", () => {
  it("flags 'released without charge' against 'remains in custody'", () => {
    const c = compareOutlets("The ferry's captain, Tomas Reinholt, was questioned and released without charge.", "The ferry's captain, Tomas Reinholt, remains in custody.");
    const d = theConflict(c, "fact.state.conflict");
    expect(itemValues(d)).toEqual(["a:released without charge", "b:in custody"]);
    expect(d.severity).toBe("high");
    expect(d.summary).toContain("Tomas Reinholt");
  });

  it("takes an outlet that reports an arrest and then a release for one that says released", () => {
    const c = compareOutlets("Police arrested Tomas Reinholt on Monday. He was later released without charge.", "Tomas Reinholt was released without charge, police said.");
    expect(factConflicts(c)).toEqual([]);
  });

  it("opposes an arrest followed by a release to 'remains in custody', citing the release", () => {
    const c = compareOutlets("Police arrested Tomas Reinholt on Monday. He was later released without charge.", "Tomas Reinholt remains in custody, police said.");
    const d = theConflict(c, "fact.state.conflict");
    expect(itemValues(d)).toEqual(["a:released without charge", "b:in custody"]);
  });

  it("does not oppose two different people's custody", () => {
    const c = compareOutlets("Tomas Reinholt was released without charge, police said.", "Karin Osk remains in custody, police said.");
    expect(factConflicts(c)).toEqual([]);
  });
});

describe("care", () => {
  it("flags 'discharged' against 'remains in critical condition' for a 9-year-old and a nine-year-old girl", () => {
    const c = compareOutlets("A 9-year-old girl has been discharged from hospital.", "A nine-year-old girl remains in critical condition.");
    const d = theConflict(c, "fact.state.conflict");
    expect(itemValues(d)).toEqual(["a:discharged from hospital", "b:remains in critical condition"]);
  });

  it("agrees on the same child discharged, her age printed two ways", () => {
    const c = compareOutlets("A 9-year-old girl has been discharged from hospital.", "A nine-year-old girl has been discharged from hospital.");
    expect(groupHolding(c, ["a:discharged from hospital", "b:discharged from hospital"]).agreement).toBe("agree");
  });

  it("does not oppose two children of different ages", () => {
    const c = compareOutlets("A 9-year-old girl has been discharged from hospital.", "A 12-year-old girl remains in critical condition.");
    expect(factConflicts(c)).toEqual([]);
  });
});

describe("verdicts, one per charge", () => {
  it("flags an acquittal of fraud against a conviction of theft and fraud, on fraud only", () => {
    const c = compareOutlets(
      "Hallam Drewe, a former councillor, stood trial in Ashby. A jury acquitted him of fraud on Friday.",
      "Hallam Drewe was convicted of theft and fraud on Friday.",
    );
    const d = theConflict(c, "fact.state.conflict");
    expect(d.summary.toLowerCase()).toContain("fraud");
    expect(d.summary.toLowerCase()).not.toContain("theft");
    // outlet B's conviction for theft is no side of the acquittal of fraud
    const claimsB = c.sources[1].analysis.claims;
    const citedB = d.items.filter((i) => i.sourceId === "b").map((i) => claimsB[i.claimIndex!].normalizedValue);
    expect(citedB).toEqual(["convicted of fraud"]);
  });

  it("does not oppose an acquittal of fraud to a conviction of theft", () => {
    const c = compareOutlets("Hallam Drewe, a former councillor, stood trial in Ashby. A jury acquitted him of fraud on Friday.", "Hallam Drewe was convicted of theft on Friday.");
    expect(factConflicts(c)).toEqual([]);
  });

  it("flags an acquittal against a guilty verdict on the same charge", () => {
    const c = compareOutlets("A jury acquitted Drewe of fraud on Friday.", "Drewe was found guilty of fraud on Friday.");
    expect(itemValues(theConflict(c, "fact.state.conflict"))).toEqual(["a:acquitted Drewe of", "b:was found guilty of"]);
  });
});

describe("the operation of places", () => {
  it("flags 'has not closed' against 'suspended all production at the plant'", () => {
    const c = compareOutlets("Velder Chemicals said the Marsh Lane plant has not closed.", "Velder Chemicals suspended all production at the Marsh Lane plant.");
    expect(itemValues(theConflict(c, "fact.state.conflict"))).toEqual(["a:closed", "b:suspended"]);
  });

  it("agrees on 'suspended all flights' and 'cancelled all flights'", () => {
    const c = compareOutlets("Brannock Air suspended all flights from Kelso airport on Tuesday.", "Brannock Air cancelled all flights from Kelso airport on Tuesday.");
    expect(groupHolding(c, ["a:suspended", "b:cancelled"]).agreement).toBe("agree");
    expect(factConflicts(c)).toEqual([]);
  });

  it("flags a denied closure against a closure", () => {
    const c = compareOutlets("Velder Chemicals denied the plant had been shut down.", "The plant has been shut down, Velder Chemicals said.");
    expect(factConflicts(c).map((d) => d.method)).toEqual(["fact.state.conflict"]);
  });
});

describe("intent and inclusion", () => {
  it("flags 'denied that it would leave' against 'confirmed that the company would move'", () => {
    const c = compareOutlets("Velder Chemicals has denied that it would leave Harwick.", "Velder Chemicals confirmed that the company would move its headquarters to Tallin.");
    const d = theConflict(c, "fact.state.conflict");
    expect(itemValues(d)).toEqual(["a:would leave", "b:would move"]);
    expect(d.summary).toContain("Velder Chemicals");
  });

  it("flags 'No cheeses are included' against 'Among them are two hard cheeses'", () => {
    const c = compareOutlets("No cheeses are included in the recall.", "Among them are two hard cheeses made in Lorvik.");
    expect(factConflicts(c).map((d) => d.method)).toEqual(["fact.state.conflict"]);
  });

  it("does not oppose 'No dairy products are included' to two hard cheeses: the nouns differ", () => {
    const c = compareOutlets("No dairy products are included in the recall.", "Among them are two hard cheeses made in Lorvik.");
    expect(factConflicts(c)).toEqual([]);
  });

  it("does not oppose 'No dairy products' to two smoked sausages", () => {
    const c = compareOutlets("No dairy products are included in the recall.", "Among them are two smoked sausages made in Lorvik.");
    expect(factConflicts(c)).toEqual([]);
  });
});
