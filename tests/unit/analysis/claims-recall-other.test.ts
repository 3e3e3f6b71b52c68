import { describe, expect, it } from "vitest";
import { analyze, rowsAt, seed } from "./claims-recall-helpers";

const a003 = seed("003_99b86c2a8920ba6a.txt");
const a004 = seed("004_fc3252244b3faa0a.txt");
const others = (a: ReturnType<typeof analyze>) => a.claims.filter((c) => c.attribute === "other").map((c) => c.value);

describe("stock facts of news copy ('other' claims)", () => {
  it("no response to a request for comment, for each coordinated subject", () => {
    const v = "did not immediately respond to a request for comment";
    expect(rowsAt(a003, "other", `Ecuador’s Ministry of the Interior ${v}.`, v)).toEqual([
      ["Foreign Ministry of Ecuador", "no response to request for comment"],
      ["Ministry of the Interior", "no response to request for comment"],
    ]);
  });

  it("kept under guard", () => {
    expect(rowsAt(a003, "other", "in Quito remained under heavy police guard late Friday", "under heavy police guard")).toEqual([
      ["Embassy of Mexico", "under heavy police guard"],
    ]);
  });

  it("how a moved person was moved", () => {
    const v = "in an armored vehicle followed by a convoy of military and police vehicles";
    expect(rowsAt(a003, "other", `to a detention facility ${v}.`, v)).toEqual([
      ["Jorge Glas", "in armored vehicle followed by convoy of military and police vehicles"],
    ]);
  });

  it("harm done to a person, an event befalling a person, the account a person spoke through", () => {
    expect(rowsAt(a004, "other", "that Canseco was physically attacked during the arrest.", "physically attacked during the arrest")).toEqual([
      ["Roberto Canseco", "attacked"],
    ]);
    expect(rowsAt(a004, "other", "Fernando Villavicencio’s assassination and", "assassination")).toEqual([["Fernando Villavicencio", "assassination"]]);
    expect(rowsAt(a004, "other", "López Obrador, on his official X account, said", "on his official X account")).toEqual([
      ["Andrés Manuel López Obrador", "on his official x account"],
    ]);
  });

  it("harm to a thing, or guard words without a subject, give nothing", () => {
    const a = analyze("The building was badly damaged in the storm on Monday.\n\nThe area was under heavy police guard, residents said.");
    expect(others(a)).toEqual([]);
  });
});
