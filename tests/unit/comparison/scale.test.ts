import { describe, expect, it } from "vitest";
import { compareSources } from "@/lib/comparison/compare-sources";
import type { TSourceAnalysis } from "@/lib/schemas/pipeline";
import { humanList } from "@/lib/text/text-similarity";
import { article } from "./fixture";

const FIRST = ["Ana", "Luis", "Marta", "Pedro", "Sofia", "Tomas", "Elena", "Jorge", "Rosa", "Diego"];
const LAST = ["Vega", "Rios", "Mora", "Soto", "Lara", "Cruz", "Paz", "Gil", "Leon", "Ruiz"];
const VERBS = ["visited", "criticised", "praised", "questioned", "met", "warned", "thanked", "sued", "called", "joined"];

/** 1,000 synthetic articles, 12 claims each, about 100 people, so blocks repeat across outlets. */
function synthetic(n: number): TSourceAnalysis[] {
  const out: TSourceAnalysis[] = [];
  for (let s = 0; s < n; s++) {
    const people = Array.from({ length: 4 }, (_, k) => (s * 7 + k * 13) % 100);
    const name = (p: number) => `${FIRST[p % 10]} ${LAST[Math.floor(p / 10)]}`;
    const paras = people.map(
      (p, k) => `${name(p)}, head of the ${VERBS[(p + k) % 10]} unit, ${VERBS[(p + s) % 10]} the council ${(s + k) % 5} times in ${2000 + (p % 20)}.`,
    );
    out.push(
      article(`s${String(s).padStart(4, "0")}`, `Outlet ${s}`, paras, {
        entities: people.map((p) => ({ key: `p${p}`, name: name(p), type: "person" as const })),
        claims: people.flatMap((p, k) => [
          { subject: `p${p}`, attribute: "role" as const, in: `${name(p)}, head`, value: `head of the ${VERBS[(p + k) % 10]} unit` },
          { subject: `p${p}`, attribute: "action" as const, in: `${name(p)}, head`, value: `${VERBS[(p + s) % 10]} the council` },
          { subject: `p${p}`, attribute: "count" as const, in: `${name(p)}, head`, value: `${(s + k) % 5} times` },
        ]),
      }),
    );
  }
  return out;
}

// Speed is measured by `npm run bench`, never here: these tests check what scale must not change.
describe("compareSources at scale", () => {
  it("resolves 1,000 articles with 12,000 claims to the same 100 people, with one-line summaries", () => {
    const c = compareSources(synthetic(1000));
    expect(c.claimSubjects).toHaveLength(12_000);
    expect(c.entities.filter((e) => e.type === "person")).toHaveLength(100);
    expect(c.discrepancies.length).toBeGreaterThan(0);
    // Hundreds of outlets on one side of a flag are counted, not listed one by one.
    const longest = Math.max(...c.discrepancies.map((d) => d.summary.length));
    expect(longest).toBeLessThan(600);
    expect(c.discrepancies.some((d) => / and \d+ others/.test(d.summary))).toBe(true);
  }, 120_000);
});

describe("humanList", () => {
  it("joins names without repeats and counts the rest past four", () => {
    expect(humanList([])).toBe("");
    expect(humanList(["CNN"])).toBe("CNN");
    expect(humanList(["CNN", "AP", "CNN"])).toBe("CNN and AP");
    expect(humanList(["A", "B", "C", "D", "E"])).toBe("A, B, C, D and E");
    expect(humanList(["A", "B", "C", "D", "E", "F", "E"])).toBe("A, B, C, D and 2 others");
  });
});
