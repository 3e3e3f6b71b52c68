import { describe, expect, it } from "vitest";
import { analyze, rowsAt, seed } from "./claims-recall-helpers";

const a003 = seed("003_99b86c2a8920ba6a.txt");
const a004 = seed("004_fc3252244b3faa0a.txt");
const legal = (a: ReturnType<typeof analyze>) => a.claims.filter((c) => c.attribute === "legal_status").map((c) => c.value);

describe("legal status", () => {
  const ev = "between 2013 and 2017 and was relieved of his duties after having corruption charges levelled against him.";

  it("a coordinated passive of removal from office takes the first clause's subject", () => {
    expect(rowsAt(a003, "legal_status", ev, "relieved of his duties")).toEqual([["Jorge Glas", "relieved of his duties"]]);
  });

  it("charges or allegations against a pronoun go to the person it refers to", () => {
    expect(rowsAt(a003, "legal_status", ev, "corruption charges levelled against him")).toEqual([["Jorge Glas", "charged"]]);
    expect(
      rowsAt(a003, "legal_status", "Ecuadorian authorities are still investigating more allegations against him.", "still investigating more allegations against him"),
    ).toEqual([["Jorge Glas", "under investigation"]]);
  });

  it("a passive coordinated across an interposed reporting clause keeps the first subject", () => {
    const ev4 = "the statement from Ecuador’s government read, and was “arrested tonight and placed";
    expect(rowsAt(a004, "legal_status", ev4, "arrested")).toEqual([["Jorge Glas", "arrested"]]);
  });

  it("charges against an organisation, or against nobody named, give no status", () => {
    const a = analyze("Regulators in Paris said on Monday they were pressing new charges against Acme Holdings.\n\nThe allegations against the firm were denied.");
    expect(legal(a)).toEqual([]);
  });
});
