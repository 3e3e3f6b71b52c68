import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis";
import { CLAIM_RULES } from "@/lib/analysis/claims/extract-claims";
import { FACT_RULES } from "@/lib/analysis/facts/extract-facts";

const article = (body: string) => analyzeArticle(`---\noutlet: Valley Courier\npublished: 2023-05-10\n---\n${body}`);

describe("declared rules", () => {
  it("give every rule a distinct id", () => {
    const ids = [...CLAIM_RULES.map((r) => r.id), ...FACT_RULES.map((r) => r.id), "role.reference"];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("record on every claim the rule that made it", () => {
    const a = article(
      "Judge Mara Olsen granted him bail on Tuesday. Petra Lund, the town's mayor, said 40 homes were flooded. The bridge reopened on Monday.",
    );
    expect(a.claims.length).toBeGreaterThan(3);
    const known = new Set([...CLAIM_RULES.map((r) => r.id), ...FACT_RULES.map((r) => r.id), "role.reference"]);
    for (const c of a.claims) expect(known.has(c.method ?? "")).toBe(true);
  });
});

describe("grants", () => {
  it("reads what an authority grants a person, whatever it is", () => {
    const a = article("Tomas Varga was arrested in March. A judge granted him bail on Friday, and the governor later granted Ines Kell a pardon.");
    const grants = a.claims.filter((c) => c.method === "legal.grant" || (c.attribute === "legal_status" && c.normalizedValue.startsWith("granted")));
    const name = (k: string | null) => a.entities.find((e) => e.key === k)?.name;
    expect(grants.map((c) => [name(c.subjectKey), c.normalizedValue])).toEqual(
      expect.arrayContaining([
        ["Tomas Varga", "granted bail"],
        ["Ines Kell", "granted pardon"],
      ]),
    );
  });
});
