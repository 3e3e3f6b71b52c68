import { describe, expect, it } from "vitest";
import { MAX_MISSING_NAMED, missingOutletsText, namedMissingIds, unnamedMissingCount } from "../../../lib/format/missing-outlets";

const label = (id: string) => `Outlet ${id}`;

describe("the 'Not reported by' line", () => {
  it("names every outlet up to the cap", () => {
    const ids = Array.from({ length: MAX_MISSING_NAMED }, (_, i) => String(i));
    expect(missingOutletsText(ids, label)).toBe(ids.map(label).join(", "));
    expect(missingOutletsText(["a"], label)).toBe("Outlet a");
  });

  it("names the first outlets past the cap and counts the rest", () => {
    const ids = Array.from({ length: MAX_MISSING_NAMED + 9 }, (_, i) => String(i));
    const text = missingOutletsText(ids, label);
    expect(text.endsWith(` and 9 other outlets`)).toBe(true);
    expect(text).toContain(`Outlet ${MAX_MISSING_NAMED - 1}`);
    expect(text).not.toContain(`Outlet ${MAX_MISSING_NAMED},`);
    expect(namedMissingIds(ids)).toEqual(ids.slice(0, MAX_MISSING_NAMED));
    expect(unnamedMissingCount(ids)).toBe(9);
    expect(unnamedMissingCount(ids.slice(0, 3))).toBe(0);
  });
});
