import { describe, expect, it } from "vitest";
import { analyze, rowsAt, seed } from "./claims-recall-helpers";
import { roleWords } from "@/lib/analysis/claims/rules/role-references";

const a000 = seed("000_c4bfd782671b2726.txt");
const a003 = seed("003_99b86c2a8920ba6a.txt");
const a004 = seed("004_fc3252244b3faa0a.txt");
const roles = (a: ReturnType<typeof analyze>) => a.claims.filter((c) => c.attribute === "role").map((c) => c.value);

describe("roles asserted by a copula", () => {
  it("X had been <Country>'s <role>", () => {
    expect(rowsAt(a003, "role", "Jorge Glas had been Ecuador's vice-president between", "Ecuador's vice-president")).toEqual([
      ["Jorge Glas", "ecuador vice president"],
    ]);
  });

  it("needs the name as subject and a role head", () => {
    const a = analyze("The lawyer for Maria Lopez is a former judge, officials said.\n\nMaria Lopez was a guest at the party.");
    expect(roles(a)).not.toContain("former judge");
    expect(roles(a)).not.toContain("guest");
  });
});

describe("roles printed without the name beside them", () => {
  it("a quote's back-referring attribution gives the speaker's role", () => {
    expect(rowsAt(a000, "role", "the Mexican diplomat added", "Mexican diplomat")).toEqual([["Roberto Canseco", "mexico diplomat"]]);
  });

  it("an unnamed role phrase goes to the one named person whose role holds all its words", () => {
    expect(rowsAt(a004, "role", "to arrest a former vice president seeking asylum there", "former vice president")).toEqual([
      ["Jorge Glas", "former vice president"],
    ]);
    expect(rowsAt(a000, "role", "The former VP has been transferred", "former VP")).toEqual([["Jorge Glas", "former vp"]]);
    expect(rowsAt(a003, "role", "after Mexico's president made statements", "Mexico's president")).toEqual([
      ["Andrés Manuel López Obrador", "mexico president"],
    ]);
  });

  it("office synonyms are folded: foreign minister = secretary of foreign affairs", () => {
    expect(rowsAt(a004, "role", "Mexico’s foreign minister said the country", "Mexico’s foreign minister")).toEqual([
      ["Alicia Bárcena", "mexico foreign minister"],
    ]);
    expect([...roleWords("Mexico’s Secretary of Foreign Affairs")]).toEqual(["mexico", "foreign", "minister"]);
  });

  it("a status participle after the resolved phrase is that person's legal status", () => {
    expect(rowsAt(a004, "legal_status", "a former vice president seeking asylum there", "seeking asylum")).toEqual([["Jorge Glas", "seeking asylum"]]);
  });

  it("resolves nothing when two named persons fit, or when the phrase is unqualified", () => {
    const a = analyze(
      "On Monday, former French President Jean Dupont met former French President Luc Martin in Paris.\n\n" +
        "A former French president said the talks went well. The president left early.",
    );
    expect(roles(a)).toEqual(["former French President", "former French President"]);
  });
});
