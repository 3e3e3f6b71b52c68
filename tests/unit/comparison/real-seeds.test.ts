import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import { compareSources } from "@/lib/comparison/compare-sources";
import { ZComparison, type TSourceAnalysis } from "@/lib/schemas/pipeline";

const SEEDS = path.resolve("seeds");

describe("compareSources on the real analyses of the seed articles", () => {
  const sources: TSourceAnalysis[] = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const analysis = analyzeArticle(readFileSync(path.join(SEEDS, f), "utf8"), { fileName: f });
      return { sourceId: f, outlet: analysis.meta.outlet, analysis };
    });
  const c = compareSources(sources);

  it("passes the contract with every excerpt equal to its slice", () => {
    expect(() => ZComparison.parse(c)).not.toThrow();
    const text = new Map(sources.map((s) => [s.sourceId, s.analysis.text]));
    for (const d of c.discrepancies) for (const i of d.items) expect(text.get(i.sourceId)!.slice(i.start, i.end)).toBe(i.excerpt);
  });

  it("finds Canseco's role conflict and raises no conflict about anyone else but the time-span one", () => {
    const conflicts = c.discrepancies.filter((d) => d.kind === "conflict");
    expect(conflicts.some((d) => d.subject === "Roberto Canseco" && d.attribute === "role")).toBe(true);
    for (const d of conflicts) expect(["Roberto Canseco", "Jorge Glas"]).toContain(d.subject);
    expect(c.entities.filter((e) => /obrador/i.test(e.name))).toHaveLength(1);
  });

  it("raises exactly the gold conflicts, and no attribution between a government and its leader's administration", () => {
    const gold = JSON.parse(readFileSync("tests/fixtures/gold/cross-source.json", "utf8")) as {
      discrepancies: Array<{ kind: string; subject: string; attribute: string }>;
    };
    const goldConflicts = gold.discrepancies.filter((d) => d.kind === "conflict").map((d) => `${d.subject}|${d.attribute}`).sort();
    const conflicts = c.discrepancies.filter((d) => d.kind === "conflict").map((d) => `${d.subject}|${d.attribute}`).sort();
    expect(conflicts).toEqual(goldConflicts);
    const att = c.discrepancies.filter((d) => d.kind === "attribution");
    for (const d of att) expect(d.summary).not.toMatch(/government|administration/i);
    expect(att.every((d) => d.severity !== "high")).toBe(true);
  });

  it("exposes quote clusters for the diff view, each spanning two or more outlets", () => {
    expect(c.quoteClusters!.length).toBeGreaterThan(0);
    for (const q of c.quoteClusters!) expect(new Set(q.quotes.map((x) => x.sourceId)).size).toBeGreaterThanOrEqual(2);
    expect(c.quoteClusters!.some((q) => q.kind === "punctuation")).toBe(true);
  });

  it("dates the undated outlets' Friday through the one dated article (2024-04-06), and never on another day", () => {
    const dated = sources.find((s) => s.analysis.meta.publishedAt === "2024-04-06")!;
    const cnnRaid = sources.flatMap((s) => s.analysis.claims.map((claim, i) => ({ s, claim, i }))).find((x) => x.claim.attribute === "date" && x.claim.value === "on Friday night")!;
    expect(cnnRaid.claim.resolvedDate).toBeNull();
    const r = c.resolvedDates!.find((x) => x.sourceId === cnnRaid.s.sourceId && x.claimIndex === cnnRaid.i);
    expect(r).toMatchObject({ resolvedDate: "2024-04-05", anchorSourceId: dated.sourceId, anchor: "dateline" });
    for (const x of c.resolvedDates!) {
      expect(x.resolvedDate).toBe("2024-04-05");
      expect(x.sourceId).not.toBe(dated.sourceId);
    }
    expect(c.discrepancies.filter((d) => d.kind === "conflict" && d.attribute === "date")).toEqual([]);
  });
});
