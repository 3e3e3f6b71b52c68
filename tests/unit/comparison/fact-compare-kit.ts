/**
 * Shared by the cross-outlet general-fact tests: each outlet is a few invented sentences analysed as ingest
 * would, then all compared; conflicts are read back with every cited sentence checked against its article.
 */
import { expect } from "vitest";
import { analyzeArticle } from "@/lib/analysis";
import { compareSources } from "@/lib/comparison";
import type { TClaimGroup, TComparison, TDiscrepancy, TSourceAnalysis } from "@/lib/schemas/pipeline";

export const DATELINE = "2025-03-12";

export type Outlet = string | { body: string; published: string };

export type Compared = { sources: TSourceAnalysis[]; comparison: TComparison };

/** Outlets "a", "b", "c"… (named "Outlet A"…), each dated DATELINE unless it says otherwise, compared. */
export function compareOutlets(...outlets: Outlet[]): Compared {
  const sources = outlets.map((o, i) => {
    const { body, published } = typeof o === "string" ? { body: o, published: DATELINE } : o;
    const letter = String.fromCharCode(65 + i);
    const analysis = analyzeArticle(`---\noutlet: Outlet ${letter}\npublished: ${published}\n---\n${body}\n`);
    return { sourceId: letter.toLowerCase(), outlet: `Outlet ${letter}`, analysis };
  });
  return { sources, comparison: compareSources(sources) };
}

/** Conflicts of the general fact layer (method "fact.<kind>.conflict"). */
export const factConflicts = ({ comparison }: Compared) => comparison.discrepancies.filter((d) => d.method?.startsWith("fact."));

/** The printed values a group holds, as "sourceId:value", sorted. */
export function groupValues({ sources }: Compared, g: TClaimGroup): string[] {
  return g.claims.map((r) => `${r.sourceId}:${sources.find((s) => s.sourceId === r.sourceId)!.analysis.claims[r.claimIndex].value}`).sort();
}

/** Groups of general facts (their claims carry `fact`), with their values. */
export function factGroups(c: Compared): Array<{ group: TClaimGroup; values: string[] }> {
  return c.comparison.groups
    .filter((g) => g.claims.some((r) => c.sources.find((s) => s.sourceId === r.sourceId)!.analysis.claims[r.claimIndex].fact))
    .map((group) => ({ group, values: groupValues(c, group) }));
}

/** The one fact group holding exactly these printed values. */
export function groupHolding(c: Compared, values: string[]): TClaimGroup {
  const found = factGroups(c).filter((g) => JSON.stringify(g.values) === JSON.stringify([...values].sort()));
  expect(found.map((g) => g.values), JSON.stringify(factGroups(c).map((g) => g.values))).toHaveLength(1);
  return found[0].group;
}

/**
 * A conflict as a reader sees it: it says which rule flagged it and why, and cites a sentence of every
 * outlet it names, each an exact slice of that outlet's text holding the value it quotes.
 */
export function expectWellCited(c: Compared, d: TDiscrepancy, outletIds: string[]) {
  expect(d.kind).toBe("conflict");
  expect(d.method).toMatch(/^fact\.[a-z]+\.conflict$/);
  expect(d.reason?.length ?? 0).toBeGreaterThan(20);
  expect([...new Set(d.items.map((i) => i.sourceId))].sort()).toEqual([...outletIds].sort());
  for (const item of d.items) {
    const text = c.sources.find((s) => s.sourceId === item.sourceId)!.analysis.text;
    expect(text.slice(item.start, item.end)).toBe(item.excerpt);
    expect(item.excerpt).toContain(item.value);
  }
}

/** The one general-fact conflict of a comparison, checked as a reader would see it. */
export function theConflict(c: Compared, method: string, outletIds = c.sources.map((s) => s.sourceId)): TDiscrepancy {
  const found = factConflicts(c);
  expect(found.map((d) => `${d.method}: ${d.summary}`)).toHaveLength(1);
  expect(found[0].method).toBe(method);
  expectWellCited(c, found[0], outletIds);
  return found[0];
}

/** The values of the items of a discrepancy, per outlet: "a:12 km". */
export const itemValues = (d: TDiscrepancy) => d.items.map((i) => `${i.sourceId}:${i.value}`).sort();
