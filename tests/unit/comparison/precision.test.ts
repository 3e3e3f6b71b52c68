import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareSources } from "@/lib/comparison/compare-sources";
import { article, type ClaimSpec } from "./fixture";

const person = { key: "p", name: "Ana Vega", type: "person" as const };
const one = (id: string, text: string, claim: Omit<ClaimSpec, "subject">, publishedAt: string | null = null) =>
  article(id, `Outlet ${id}`, [text], { entities: [person], claims: [{ subject: "p", ...claim }], publishedAt });

describe("precision of conflicts", () => {
  it("calls different counts of the same thing a conflict, and an updated figure on a later day a variant", () => {
    const a = one("a", "Ana Vega was convicted twice for fraud.", { attribute: "count", in: "convicted", value: "convicted twice", normalized: "convicted 2 times" });
    const b = one("b", "Ana Vega was convicted three times for fraud.", { attribute: "count", in: "convicted", value: "convicted three times", normalized: "convicted 3 times" });
    const c = compareSources([a, b]);
    const d = c.discrepancies.find((x) => x.kind === "conflict")!;
    expect(d.summary).toBe(`Outlets differ on Ana Vega’s count: "convicted twice" (Outlet a) vs "convicted three times" (Outlet b)`);
    expect(d.severity).toBe("high");

    const early = one("a", "Ana Vega said five people died.", { attribute: "count", in: "died", value: "five people died", normalized: "5 people died" }, "2024-01-01");
    const late = one("b", "Ana Vega said eight people died.", { attribute: "count", in: "died", value: "eight people died", normalized: "8 people died" }, "2024-01-03");
    const c2 = compareSources([early, late]);
    expect(c2.discrepancies.filter((x) => x.kind === "conflict")).toEqual([]);
    expect(c2.groups[0].agreement).toBe("variant");
  });

  it("does not oppose a former office to a different current one", () => {
    const a = one("a", "Ana Vega, the former foreign minister, spoke.", { attribute: "role", in: "spoke", value: "the former foreign minister" });
    const b = one("b", "Ana Vega, the interior minister, spoke.", { attribute: "role", in: "spoke", value: "the interior minister" });
    expect(compareSources([a, b]).discrepancies.filter((x) => x.kind === "conflict")).toEqual([]);
  });

  it("treats a generic description and a specific title as compatible", () => {
    const a = one("a", "Ana Vega, a diplomat, spoke.", { attribute: "role", in: "spoke", value: "a diplomat" });
    const b = one("b", "Ana Vega, head of the trade section, spoke.", { attribute: "role", in: "spoke", value: "head of the trade section" });
    const c = compareSources([a, b]);
    expect(c.discrepancies.filter((x) => x.kind === "conflict")).toEqual([]);
    expect(c.groups).toHaveLength(1);
    expect(c.groups[0].agreement).toBe("variant");
  });

  it("does not compare unrelated durations of one person", () => {
    const a = one("a", "Ana Vega has been married for three decades.", { attribute: "time_span", in: "married", value: "for three decades" });
    const b = one("b", "Ana Vega has led the bank over the last few days.", { attribute: "time_span", in: "led the bank", value: "over the last few days" });
    expect(compareSources([a, b]).discrepancies.filter((x) => x.kind === "conflict")).toEqual([]);
  });
});

describe("story independence", () => {
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(`${dir}/${e.name}`) : e.name.endsWith(".ts") ? [`${dir}/${e.name}`] : []));

  it("keeps names, places and outlets of the seed articles out of the pipeline", () => {
    const banned = /glas|canseco|obrador|b[aá]rcena|noboa|correa|quito|guayaquil|latin post|\bcnn\b|vienna/i;
    for (const f of ["lib/analysis", "lib/comparison", "lib/text", "lib/lexicons", "lib/stories", "lib/use-cases"].flatMap(filesUnder)) {
      expect(readFileSync(f, "utf8").match(banned)?.[0] ?? null, f).toBeNull();
    }
  });

  it("keeps the seed story's topic out of the comparison code", () => {
    const banned = /ecuador|mexic|asylum|embassy/i;
    for (const f of ["lib/comparison", "lib/text"].flatMap(filesUnder)) {
      expect(readFileSync(f, "utf8").match(banned)?.[0] ?? null, f).toBeNull();
    }
  });
});
