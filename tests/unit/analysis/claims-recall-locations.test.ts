import { describe, expect, it } from "vitest";
import { analyze, rowsAt, seed } from "./claims-recall-helpers";

const a000 = seed("000_c4bfd782671b2726.txt");
const a003 = seed("003_99b86c2a8920ba6a.txt");

describe("what and where a named place is", () => {
  it("<description> in <Place> known as <Name>: the name's description and location", () => {
    const ev = "to a maximum-security prison in Guayaquil known as La Roca";
    expect(rowsAt(a000, "role", ev, "maximum-security prison")).toEqual([["La Roca", "maximum security prison"]]);
    expect(rowsAt(a000, "location", ev, "Guayaquil")).toEqual([["La Roca", "guayaquil"]]);
  });

  it("a person is never described by 'known as'", () => {
    const a = analyze("The suspect, a local businessman known as Carlos Ruiz, was arrested in Madrid on Monday.");
    expect(a.claims.filter((c) => c.value === "local businessman")).toEqual([]);
  });
});

describe("where an organisation referred back to by its noun stands", () => {
  it("the <noun> in the capital, <City> → the last organisation named with that noun", () => {
    const ev = "forced their way into the embassy in the capital, Quito, to arrest";
    expect(rowsAt(a003, "location", ev, "the capital, Quito")).toEqual([["Embassy of Mexico", "capital, quito"]]);
  });

  it("needs an earlier organisation with that noun in its name", () => {
    const a = analyze("Protesters gathered in Lyon on Monday.\n\nThey marched to the ministry in the capital, Paris, before noon.");
    expect(a.claims.filter((c) => c.attribute === "location" && c.value.includes("Paris"))).toEqual([]);
  });
});
