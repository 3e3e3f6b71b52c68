/**
 * Quantities across outlets (lib/comparison/facts): the same figure printed two ways agrees, rounding is
 * allowed across units that convert, loose figures never bridge a conflict, and figures that are no
 * outlet's total (increments, subsets, rates, conversions, old values, past years) are not compared.
 * Invented outlets, one construction per test.
 */
import { describe, expect, it } from "vitest";
import { compareOutlets, factConflicts, factGroups, groupHolding, itemValues, theConflict } from "./fact-compare-kit";

describe("one figure printed two ways", () => {
  it("agrees on 'six' and '6'", () => {
    const c = compareOutlets("Six people died when the Ossel burst its banks.", "6 people died when the Ossel burst its banks.");
    expect(groupHolding(c, ["a:Six", "b:6"]).agreement).toBe("agree");
    expect(factConflicts(c)).toEqual([]);
  });

  it("agrees on '4.2 million euros' and '€4.2m'", () => {
    const c = compareOutlets("The port authority agreed to pay 4.2 million euros for the ferry terminal.", "The port authority agreed to pay €4.2m for the ferry terminal.");
    expect(groupHolding(c, ["a:4.2 million euros", "b:€4.2m"]).agreement).toBe("agree");
    expect(factConflicts(c)).toEqual([]);
  });

  it("agrees on '10%' and '10 per cent'", () => {
    const c = compareOutlets("Harlow Mills will cut 10% of its workforce, the company said.", "Harlow Mills will cut 10 per cent of its workforce, the company said.");
    expect(groupHolding(c, ["a:10%", "b:10 per cent"]).agreement).toBe("agree");
    expect(factConflicts(c)).toEqual([]);
  });

  it("agrees on 'a five-year deal' and 'a five-year contract'", () => {
    const c = compareOutlets("Dorsey Athletic signed the goalkeeper on a five-year deal.", "Dorsey Athletic signed the goalkeeper on a five-year contract.");
    expect(groupHolding(c, ["a:five-year", "b:five-year"]).agreement).toBe("agree");
  });
});

describe("units that convert", () => {
  it("takes '1.6 miles' and '2.6 km' for one distance rounded", () => {
    const c = compareOutlets("Residents living within 1.6 miles of the plant were evacuated.", "Residents living within 2.6 km of the plant were evacuated.");
    expect(groupHolding(c, ["a:1.6 miles", "b:2.6 km"]).agreement).not.toBe("conflict");
    expect(factConflicts(c)).toEqual([]);
  });

  it("takes a compounded '1.6-mile stretch' and a '2.6 km stretch' for one length", () => {
    const c = compareOutlets("The blaze destroyed a 1.6-mile stretch of the coastal road.", "The blaze destroyed a 2.6 km stretch of the coastal road.");
    expect(factConflicts(c)).toEqual([]);
    expect(groupHolding(c, ["a:1.6-mile", "b:2.6 km"]).agreement).not.toBe("conflict");
  });

  it("flags '12 km' against '15 km'", () => {
    const c = compareOutlets("The blaze destroyed a 12 km stretch of the coastal road.", "The blaze destroyed a 15 km stretch of the coastal road.");
    const d = theConflict(c, "fact.quantity.conflict");
    expect(itemValues(d)).toEqual(["a:12 km", "b:15 km"]);
  });

  it("takes hectares and the acres they convert to for one area", () => {
    const c = compareOutlets("The wildfire has burned 4,000 hectares of pine forest.", "The wildfire has burned 9,884 acres of pine forest.");
    expect(factConflicts(c)).toEqual([]);
    expect(groupHolding(c, ["a:4,000 hectares", "b:9,884 acres"]).agreement).not.toBe("conflict");
  });

  it("flags hectares against the same number of acres", () => {
    const c = compareOutlets("The wildfire has burned 4,000 hectares of pine forest.", "The wildfire has burned 4,000 acres of pine forest.");
    expect(itemValues(theConflict(c, "fact.quantity.conflict"))).toEqual(["a:4,000 hectares", "b:4,000 acres"]);
  });
});

describe("approximations and bounds", () => {
  it("flags 'about 8%' against 'roughly 10 percent'", () => {
    const c = compareOutlets("Officials said about 8% of the town's homes were flooded.", "Officials said roughly 10 percent of the town's homes were flooded.");
    expect(itemValues(theConflict(c, "fact.quantity.conflict"))).toEqual(["a:about 8%", "b:roughly 10 percent"]);
  });

  it("never lets 'at least 48' bridge 48 and 53", () => {
    const c = compareOutlets("At least 48 people died in the floods.", "Officials said 48 people died in the floods.", "Officials said 53 people died in the floods.");
    const d = theConflict(c, "fact.quantity.conflict");
    // the loose figure is shown once, beside the sides it fits; the precise ones stand on opposite sides
    expect(d.items.filter((i) => i.sourceId === "a").map((i) => i.value)).toEqual(["At least 48"]);
    expect(d.summary).toContain("“48”");
    expect(d.summary).toContain("“53”");
  });

  it("does not flag 'at least 48' against 53 alone", () => {
    const c = compareOutlets("At least 48 people died in the floods.", "Officials said 53 people died in the floods.");
    expect(factConflicts(c)).toEqual([]);
  });

  it("never lets a vague 'dozens' bridge 35 and 45", () => {
    const c = compareOutlets("Dozens of people were injured in the blast.", "Officials said 35 people were injured in the blast.", "Officials said 45 people were injured in the blast.");
    expect(factConflicts(c)).toHaveLength(1);
  });

  it("agrees when an approximate figure covers a precise one", () => {
    const c = compareOutlets("About 1,200 nurses joined the strike, the union said.", "1,150 nurses joined the strike, the union said.");
    expect(factConflicts(c)).toEqual([]);
    expect(groupHolding(c, ["a:About 1,200", "b:1,150"]).agreement).toBe("variant");
  });
});

describe("figures that are no outlet's total", () => {
  it("does not compare 'two more bodies' with a total", () => {
    const c = compareOutlets("Divers recovered two more bodies from the lake on Wednesday.", "Divers have recovered 11 bodies from the lake.");
    expect(factConflicts(c)).toEqual([]);
    expect(factGroups(c).filter((g) => g.values.includes("a:two"))).toEqual([]);
  });

  it("does not compare 'five of them' with the total", () => {
    const c = compareOutlets("Eleven people were killed in the collapse. Five of them were killed instantly.", "Eleven people were killed in the collapse.");
    expect(factConflicts(c)).toEqual([]);
    expect(groupHolding(c, ["a:Eleven", "b:Eleven"]).agreement).toBe("agree");
  });

  it("does not compare a conversion in brackets", () => {
    // two days' exchange rates: the pound figure is what was paid
    const c = compareOutlets("Pellham United agreed to pay £45m (€52m) for the striker.", "Pellham United agreed to pay €60m for the striker.", "Pellham United agreed to pay £45m for the striker.");
    expect(factConflicts(c)).toEqual([]);
    expect(factGroups(c).some((g) => g.values.includes("a:€52m"))).toBe(false);
  });

  it("does not compare a sum a year with a total", () => {
    const c = compareOutlets("The striker will earn €3m a year at Pellham United.", "The striker will earn €12m at Pellham United.");
    expect(factConflicts(c)).toEqual([]);
  });

  it("flags two different sums a year", () => {
    const c = compareOutlets("The striker will earn €3m a year at Pellham United.", "The striker will earn €4m a year at Pellham United.");
    expect(itemValues(theConflict(c, "fact.quantity.conflict"))).toEqual(["a:€3m", "b:€4m"]);
  });

  it("does not compare the old value of a change, only the new one", () => {
    const agree = compareOutlets("The death toll rose from 8 to 12 overnight.", "Rescuers said twelve people had died.");
    expect(factConflicts(agree)).toEqual([]);
    const disagree = compareOutlets("The death toll rose from 8 to 12 overnight.", "Rescuers said eight people had died.");
    expect(factConflicts(disagree).flatMap((d) => d.items.map((i) => i.value)).sort()).toEqual(["12", "eight"]);
  });

  it("keeps a past year's toll apart from this week's", () => {
    const c = compareOutlets("In 2019, the Ossel flooded the same valley, when 41 people died.", "Three people died when the Ossel burst its banks this week.");
    expect(factConflicts(c)).toEqual([]);
  });

  it("still flags this week's tolls when one outlet also recalls a past year's", () => {
    const c = compareOutlets(
      "Three people died when the Ossel burst its banks this week. In 2019, the river flooded the same valley, when 41 people died.",
      "Five people died when the Ossel burst its banks this week.",
    );
    expect(itemValues(theConflict(c, "fact.quantity.conflict"))).toEqual(["a:Three", "b:Five"]);
  });
});

describe("durations and tallies", () => {
  it("flags a five-year deal against a four-year contract", () => {
    const c = compareOutlets("Dorsey Athletic signed the goalkeeper on a five-year deal.", "Dorsey Athletic signed the goalkeeper on a four-year contract.");
    expect(itemValues(theConflict(c, "fact.quantity.conflict"))).toEqual(["a:five-year", "b:four-year"]);
  });

  it("flags 'voted 7-4' against 'an 8-3 vote'", () => {
    const c = compareOutlets("The council voted 7-4 to approve the new bypass.", "The bypass was approved in an 8-3 vote by the council.");
    expect(itemValues(theConflict(c, "fact.quantity.conflict"))).toEqual(["a:7-4", "b:8-3 vote"]);
  });

  it("agrees on 'seven votes to four' and '7-4'", () => {
    const c = compareOutlets("The council approved the new bypass by seven votes to four.", "The council voted 7-4 to approve the new bypass.");
    expect(groupHolding(c, ["a:seven votes to four", "b:7-4"]).agreement).toBe("agree");
    expect(factConflicts(c)).toEqual([]);
  });
});

describe("who a figure is about", () => {
  it("flags a toll printed after 'killing'", () => {
    const c = compareOutlets(
      "A gas explosion tore through the Brenner Paper factory on Monday, killing 12 workers.",
      "A gas explosion tore through the Brenner Paper factory on Monday, killing 14 workers.",
    );
    const d = theConflict(c, "fact.quantity.conflict");
    expect(itemValues(d)).toEqual(["a:12", "b:14"]);
    expect(d.severity).toBe("high");
  });

  it("flags a winner's share of the vote printed as two figures", () => {
    const c = compareOutlets("Greta Lind won the mayoral election with 54% of the vote.", "Greta Lind won the mayoral election with 51% of the vote.");
    const d = theConflict(c, "fact.quantity.conflict");
    expect(itemValues(d)).toEqual(["a:54%", "b:51%"]);
    expect(d.summary).toContain("Greta Lind");
  });

  it("does not oppose two companies' job cuts", () => {
    const c = compareOutlets("Harlow Mills plans to cut 200 jobs at its Dunmore mill.", "Brenner Paper plans to cut 350 jobs at its Dunmore mill.");
    expect(factConflicts(c)).toEqual([]);
  });

  it("flags one company's job cuts printed as two figures", () => {
    const c = compareOutlets("Harlow Mills plans to cut 200 jobs at its Dunmore mill.", "Harlow Mills plans to cut 350 jobs at its Dunmore mill.");
    const d = theConflict(c, "fact.quantity.conflict");
    expect(itemValues(d)).toEqual(["a:200", "b:350"]);
    expect(d.severity).toBe("high");
  });
});
