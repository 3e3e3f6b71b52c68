import { describe, expect, it } from "vitest";
import { analyze, rowsAt, seed } from "./claims-recall-helpers";

const a000 = seed("000_c4bfd782671b2726.txt");
const a004 = seed("004_fc3252244b3faa0a.txt");
const relations = (a: ReturnType<typeof analyze>) => a.claims.filter((c) => c.attribute === "relation").map((c) => c.value);

describe("relations between actors", () => {
  const ev = "two of Mexico's biggest allies, the United States and former colonizer Spain, also condemned";

  it("a relation phrase in apposition to a listing goes to every listed name, and no further", () => {
    expect(rowsAt(a000, "relation", ev, "two of Mexico's biggest allies")).toEqual([
      ["United States", "2 of mexico biggest allies"],
      ["Spain", "2 of mexico biggest allies"],
    ]);
  });

  it("a relation noun pre-modifying a name", () => {
    expect(rowsAt(a000, "relation", ev, "former colonizer")).toEqual([["Spain", "former colonizer"]]);
  });

  it("'under <leader>' after a role appositive is the person's relation; the role and the period stay the person's", () => {
    const ev4 = "Glas, Ecuador’s former vice president under leftist ex-President Rafael Correa between 2013 and 2017.";
    expect(rowsAt(a004, "relation", ev4, "under leftist ex-President Rafael Correa")).toEqual([
      ["Jorge Glas", "under leftist ex president rafael correa"],
    ]);
    expect(rowsAt(a004, "role", ev4, "Ecuador’s former vice president")).toEqual([["Jorge Glas", "ecuador former vice president"]]);
    expect(rowsAt(a004, "time_span", ev4, "between 2013 and 2017")).toEqual([["Jorge Glas", "2013-2017"]]);
  });

  it("a relation noun after a verb or without a named owner is no relation", () => {
    const a = analyze("On Monday, France condemned partners Germany and Italy over the deal.\n\nThe allies, Germany and Italy, did not respond.");
    expect(relations(a)).toEqual([]);
  });
});
