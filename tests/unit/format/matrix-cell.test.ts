import { describe, expect, it } from "vitest";
import { cellState } from "../../../lib/format/matrix-cell";

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

describe("the state of one outlet's cell on one shared fact", () => {
  it("is missing where the outlet printed nothing, else conflict before variant before agreement", () => {
    const [agreed, conflicting, varying] = FACTS;
    expect(cellState(agreed, "a")).toBe("agree");
    expect(cellState(agreed, "d")).toBe("missing");
    expect(cellState(conflicting, "b")).toBe("conflict");
    expect(cellState(conflicting, "a")).toBe("missing");
    expect(cellState(varying, "a")).toBe("variant");
    expect(cellState({ sourceCount: 1, claims: [{ sourceId: "e" }], discrepancies: [] }, "e")).toBe("single");
  });
});
