import { describe, expect, it } from "vitest";
import { cellState, coverageBySource } from "../../../lib/format/matrix-cell";

// Three shared facts over outlets a–d: one agreed, one with a conflict (b against c), one with a variant (a and d).
const FACTS = [
  { sourceCount: 3, claims: [{ sourceId: "a" }, { sourceId: "b" }, { sourceId: "b" }, { sourceId: "c" }], discrepancies: [] },
  { sourceCount: 2, claims: [{ sourceId: "b" }, { sourceId: "c" }], discrepancies: [{ kind: "conflict", items: [{ sourceId: "b" }, { sourceId: "c" }] }] },
  {
    sourceCount: 2,
    claims: [{ sourceId: "a" }, { sourceId: "d" }],
    discrepancies: [{ kind: "variant", items: [{ sourceId: "a" }, { sourceId: "d" }] }, { kind: "omission", items: [{ sourceId: "a" }] }],
  },
];

describe("coverage of shared facts per outlet", () => {
  it("counts each outlet's stance on each fact once, missing where it printed nothing", () => {
    const coverage = coverageBySource(FACTS, ["a", "b", "c", "d", "e"]);
    expect(coverage.get("a")).toEqual({ agree: 1, variant: 1, conflict: 0, missing: 1, single: 0 });
    expect(coverage.get("b")).toEqual({ agree: 1, variant: 0, conflict: 1, missing: 1, single: 0 });
    expect(coverage.get("d")).toEqual({ agree: 0, variant: 1, conflict: 0, missing: 2, single: 0 });
    expect(coverage.get("e")).toEqual({ agree: 0, variant: 0, conflict: 0, missing: 3, single: 0 });
  });

  it("agrees with the matrix cell of every outlet and fact", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const coverage = coverageBySource(FACTS, ids);
    for (const id of ids) {
      const counted = { agree: 0, variant: 0, conflict: 0, missing: 0, single: 0 };
      for (const fact of FACTS) counted[cellState(fact, id)]++;
      expect(coverage.get(id)).toEqual(counted);
    }
  });
});
