/**
 * The declared fact rules as a whole (every claim says which rule made it), and the smaller rules: ages,
 * designations, inclusion and intent. One construction per test; invented sentences.
 */
import { describe, expect, it } from "vitest";
import { FACT_RULES } from "@/lib/analysis/facts/extract-facts";
import { analyze, factWith, factsOf, subjectName, valuesOf } from "./fact-test-kit";

describe("the declared rule list", () => {
  it("declares each rule once, under an id of the fact layer", () => {
    const ids = FACT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^fact\.[a-z]+$/);
    expect(ids).toEqual(expect.arrayContaining(["fact.quantity", "fact.tally", "fact.age", "fact.time", "fact.state", "fact.inclusion", "fact.intent", "fact.designation"]));
  });

  it("gives every general fact the id of a declared rule as its method, and typed claims none of theirs", () => {
    const a = analyze(
      [
        "Ana Ruiz, 54, the owner of the Mill Street bakery, said six people died in the fire on Monday.",
        "A 31-year-old man remains in custody.",
        "The council voted 7-4 to close the bakery while investigators test strain 4b.",
      ].join(" "),
    );
    const ids = new Set(FACT_RULES.map((r) => r.id));
    const facts = factsOf(a);
    expect(new Set(facts.map((c) => c.method))).toEqual(new Set(["fact.age", "fact.quantity", "fact.time", "fact.state", "fact.tally", "fact.designation"]));
    for (const c of facts) expect(ids.has(c.method!)).toBe(true);
    const typed = a.claims.filter((c) => !c.fact);
    expect(typed.length).toBeGreaterThan(0);
    for (const c of typed) expect(c.method ?? "").not.toMatch(/^fact\./);
  });

  it("leaves roles to the typed claims", () => {
    const a = analyze("Ana Ruiz, the mayor of Dunmore, said six people died.");
    expect(a.claims.filter((c) => c.attribute === "role").map((c) => [c.method, c.fact])).toEqual([["role.appositive", undefined]]);
    expect(factsOf(a).map((c) => c.attribute)).toEqual(["quantity"]);
  });

  it("reads no fact from the headline", () => {
    const a = analyze("Six dead as the Ossel bursts its banks\n\nFour people died when the Ossel burst its banks.");
    expect(a.blocks[0].kind).toBe("heading");
    expect(valuesOf(a, "fact.quantity")).toEqual(["Four"]);
  });

  it("marks a number inside a quotation as quoted speech", () => {
    const a = analyze("\"Nine people died in that fire,\" said Ana Ruiz, who owns the bakery.");
    expect(factWith(a, "fact.quantity", "Nine").fact.frame.qualifiers).toContain("in-quote");
  });
});

describe("ages (rule fact.age)", () => {
  it("reads a number between commas after a name as that person's age", () => {
    const a = analyze("Ana Ruiz, 54, owns the bakery on Mill Street.");
    const f = factWith(a, "fact.age", "54");
    expect([f.attribute, f.normalizedValue, subjectName(a, f)]).toEqual(["age", "54", "Ana Ruiz"]);
  });

  it("reads 'aged 54' after a name", () => {
    const a = analyze("Ana Ruiz, aged 54, owns the bakery on Mill Street.");
    expect(subjectName(a, factWith(a, "fact.age", "54"))).toBe("Ana Ruiz");
  });

  it("reads a sentence opening on 'The 57-year-old' as the age of the person just named", () => {
    const a = analyze("The owner of the bakery, Ana Ruiz, said she was not hurt. The 57-year-old said the fire started in an oven.");
    const f = factWith(a, "fact.age", "57-year-old");
    expect([f.normalizedValue, subjectName(a, f)]).toEqual(["57", "Ana Ruiz"]);
  });
});

describe("designations (rule fact.designation)", () => {
  it("reads a code after a lower-case label", () => {
    const f = factWith(analyze("Health officials said the outbreak was caused by listeria strain 4b."), "fact.designation", "4b");
    expect([f.normalizedValue, f.fact.code, f.fact.frame.owner]).toEqual(["4b", "4b", "strain"]);
  });

  it("folds the case of a code", () => {
    expect(factWith(analyze("The outbreak was traced to flight KL1043 from Lorvik."), "fact.designation", "KL1043").normalizedValue).toBe("kl1043");
  });

  it("takes no clock time or plain number for a code", () => {
    expect(valuesOf(analyze("The bakery reopened at 3pm on Friday after inspectors checked batch 2041."), "fact.designation")).toEqual([]);
  });
});

describe("inclusion (rule fact.inclusion)", () => {
  it("reads 'No dairy products are included' as dairy not included, the generic noun left out", () => {
    const a = analyze("No dairy products are included in the recall.");
    expect(factsOf(a, "fact.inclusion").map((c) => [c.normalizedValue, c.fact.polarity])).toEqual([["not included: dairy", "negative"]]);
  });

  it("reads 'Among them are two hard cheeses' as cheese included", () => {
    const a = analyze("Among them are two hard cheeses made in Lorvik.");
    expect(factsOf(a, "fact.inclusion").map((c) => [c.normalizedValue, c.fact.polarity])).toEqual([["included: cheese", "positive"]]);
  });

  it("reads a list after 'includes' by its first item", () => {
    const a = analyze("The recall includes cheese, butter and yoghurt.");
    expect(factsOf(a, "fact.inclusion").map((c) => c.fact.frame.owner)).toEqual(["cheese"]);
  });
});

describe("intent (rule fact.intent)", () => {
  it("reads a denied 'it would leave' as the speaker's intent not to move", () => {
    const a = analyze("Velder Chemicals has denied that it would leave Harwick.");
    const f = factWith(a, "fact.intent", "would leave");
    expect([f.normalizedValue, f.fact.polarity, subjectName(a, f)]).toEqual(["will not relocate", "negative", "Velder Chemicals"]);
  });

  it("reads a confirmed move as the intent to move", () => {
    const a = analyze("Velder Chemicals confirmed that the company would move its headquarters to Tallin.");
    const f = factWith(a, "fact.intent", "would move");
    expect([f.normalizedValue, f.fact.polarity]).toEqual(["will relocate", "positive"]);
  });

  it("reads 'will not appeal' as a negative intent", () => {
    const a = analyze("Dorsey Athletic will not appeal the ban.");
    const f = factWith(a, "fact.intent", "will not appeal");
    expect([f.normalizedValue, subjectName(a, f)]).toEqual(["will not appeal", "Dorsey Athletic"]);
  });

  it("takes no intent from inside a quotation", () => {
    expect(factsOf(analyze("\"We will close the plant,\" said Ana Ruiz."), "fact.intent")).toEqual([]);
  });
});
