/**
 * Ages and designations across outlets, and what every conflict of the fact layer owes a reader: the rule
 * that flagged it, why, and every outlet's exact sentence. Invented outlets, one construction per test.
 */
import { describe, expect, it } from "vitest";
import { compareOutlets, expectWellCited, factConflicts, groupHolding, itemValues, theConflict } from "./fact-compare-kit";

describe("ages", () => {
  it("flags 'Ana Ruiz, 54,' against 'the 57-year-old' said of her", () => {
    const c = compareOutlets(
      "Ana Ruiz, 54, the owner of the bakery, was not hurt.",
      "The owner of the bakery, Ana Ruiz, said she was not hurt. The 57-year-old said the fire started in an oven.",
    );
    const d = theConflict(c, "fact.age.conflict");
    expect(itemValues(d)).toEqual(["a:54", "b:57-year-old"]);
    expect(d.summary).toContain("Ana Ruiz");
  });

  it("agrees on '54' and 'the 54-year-old'", () => {
    const c = compareOutlets("Ana Ruiz, 54, owns the bakery on Mill Street.", "Ana Ruiz, the 54-year-old owner of the bakery, was not hurt.");
    expect(groupHolding(c, ["a:54", "b:54-year-old"]).agreement).toBe("agree");
  });

  it("does not oppose two people's ages", () => {
    const c = compareOutlets("Ana Ruiz, 54, owns the bakery on Mill Street.", "Piet Brandt, 57, owns the bakery on Mill Street.");
    expect(factConflicts(c)).toEqual([]);
  });
});

describe("designations", () => {
  it("flags 'strain 4b' against 'strain 2c'", () => {
    const c = compareOutlets("Health officials said the outbreak was caused by listeria strain 4b.", "Health officials said the outbreak was caused by listeria strain 2c.");
    expect(itemValues(theConflict(c, "fact.designation.conflict"))).toEqual(["a:4b", "b:2c"]);
  });

  it("agrees on a code printed in two cases", () => {
    const c = compareOutlets("Health officials said the outbreak was caused by listeria strain 4b.", "Health officials said the outbreak was caused by listeria strain 4B.");
    expect(groupHolding(c, ["a:4b", "b:4B"]).agreement).toBe("agree");
  });
});

describe("what every conflict cites", () => {
  /** Three outlets of one story that disagree on a toll, a day, a custody and an age, each among other sentences. */
  const story = () =>
    compareOutlets(
      [
        "Floodwater swept through Marlow Vale overnight.",
        "Six people died when the Ossel burst its banks shortly before 11 p.m. on Monday, police said.",
        "The ferry's captain, Tomas Reinholt, 46, was questioned and released without charge.",
      ].join(" "),
      [
        "Nine people died when the Ossel burst its banks in the early hours of Tuesday.",
        "The ferry's captain, Tomas Reinholt, remains in custody.",
        "The 49-year-old has not commented.",
      ].join("\n\n"),
      [
        "Residents of Marlow Vale spent the night on rooftops.",
        "6 people died when the Ossel burst its banks, the fire service said.",
      ].join(" "),
    );

  it("gives every conflict its rule and a reason", () => {
    const c = story();
    const methods = factConflicts(c).map((d) => d.method).sort();
    expect(methods).toEqual(["fact.age.conflict", "fact.quantity.conflict", "fact.state.conflict", "fact.time.conflict"]);
    for (const d of factConflicts(c)) expect(d.reason).toBeTruthy();
  });

  it("cites each outlet's exact sentence, sliced by its offsets", () => {
    const c = story();
    const toll = factConflicts(c).find((d) => d.method === "fact.quantity.conflict")!;
    expectWellCited(c, toll, ["a", "b", "c"]);
    expect(toll.items.find((i) => i.sourceId === "b")!.excerpt).toBe("Nine people died when the Ossel burst its banks in the early hours of Tuesday.");
    for (const d of factConflicts(c).filter((x) => x !== toll)) expectWellCited(c, d, ["a", "b"]);
  });

  it("puts the outlets that agree on one side of the summary", () => {
    const toll = factConflicts(story()).find((d) => d.method === "fact.quantity.conflict")!;
    expect(toll.summary).toBe("People dead: Outlet A and Outlet C print “Six” and “6”; Outlet B prints “Nine”");
  });

  it("links every conflict to a group of the comparison", () => {
    const c = story();
    const ids = new Set(c.comparison.groups.map((g) => g.id));
    for (const d of factConflicts(c)) {
      expect(ids.has(d.groupId!)).toBe(true);
      expect(c.comparison.groups.find((g) => g.id === d.groupId)!.agreement).toBe("conflict");
    }
  });

  it("keeps every id when the same analyses are compared again", () => {
    const ids = (c: ReturnType<typeof story>) => factConflicts(c).map((d) => d.id).sort();
    expect(ids(story())).toEqual(ids(story()));
  });
});
