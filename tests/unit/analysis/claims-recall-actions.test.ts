import { describe, expect, it } from "vitest";
import { analyze, rowsAt, seed } from "./claims-recall-helpers";

const a000 = seed("000_c4bfd782671b2726.txt");
const a003 = seed("003_99b86c2a8920ba6a.txt");
const a004 = seed("004_fc3252244b3faa0a.txt");

describe("actions: actors that are not a plain subject mention", () => {
  it("a bare collective noun stands for the one force of that kind named nearby", () => {
    expect(rowsAt(a003, "action", "after police raided a Mexican Embassy to arrest", "raided a Mexican Embassy")).toEqual([
      ["Police of Ecuador", "raid mexico embassy"],
    ]);
  });

  it("never picks between two forces named nearby", () => {
    const a = analyze("French police and German police met on Monday in Lyon.\n\nAfter police raided a warehouse near the border, officials spoke to reporters.");
    expect(a.claims.filter((c) => c.attribute === "action" && c.value.startsWith("raided"))).toEqual([]);
  });

  it("each conjunct of a listing appositive before the verb is an actor", () => {
    // the seed prints a no-break space inside "condemned Ecuador"
    const ev = "the United States and former colonizer Spain, also condemned\u00A0Ecuador, calling";
    expect(rowsAt(a000, "action", ev, "condemned\u00A0Ecuador")).toEqual([
      ["United States", "condemn ecuador"],
      ["Spain", "condemn ecuador"],
    ]);
  });

  it("an object followed by a spaced dash ends before it", () => {
    expect(rowsAt(a004, "action", "the Mexican embassy and took Glas – who", "took Glas")).toEqual([["Ecuador", "take glas"]]);
  });

  it("a verb in scare quotes takes the subject before the opening mark; the coordinated verb shares it", () => {
    const ev = "that the country is “breaking” diplomatic relations with Ecuador and immediately removing all diplomatic personnel from the country";
    expect(rowsAt(a004, "action", ev, "breaking” diplomatic relations")).toEqual([["Mexico", "sever diplomatic relations"]]);
    expect(rowsAt(a004, "action", ev, "removing all diplomatic personnel")).toEqual([["Mexico", "remove all diplomatic personnel"]]);
  });

  it("the by-phrase of a reduced passive relative names the doer", () => {
    expect(rowsAt(a003, "action", "last year's election, won by Ecuadorian President Daniel Noboa", "won")).toEqual([
      ["Daniel Noboa", "win last year election"],
    ]);
  });

  it("a by-phrase without a named doer gives no action", () => {
    const a = analyze("Voters backed the measure in March. The referendum, won by a wide margin, changed the tax code.");
    expect(a.claims.filter((c) => c.attribute === "action" && c.value === "won")).toEqual([]);
  });
});
