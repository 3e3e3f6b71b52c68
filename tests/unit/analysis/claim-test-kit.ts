import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import type { TArticleAnalysis, TClaimAttribute } from "@/lib/schemas/pipeline";

/** Shared by the claim-rule tests: a seed analysed as ingest would, and claims read back with their spans checked. */
export const seed = (f: string) => analyzeArticle(readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), "utf8"), { fileName: f });
export const nameOf = (a: TArticleAnalysis, key: string | null) => a.entities.find((e) => e.key === key)?.name ?? String(key);

/** Claims of one attribute as [subject, value, normalised value, valueStart]; every span checked exact. */
export const claimRows = (a: TArticleAnalysis, attribute: TClaimAttribute) =>
  a.claims
    .filter((c) => c.attribute === attribute)
    .map((c) => {
      expect(a.text.slice(c.valueStart, c.valueEnd)).toBe(c.value);
      expect(a.text.slice(c.start, c.end)).toBe(c.text);
      return [nameOf(a, c.subjectKey), c.value, c.normalizedValue, c.valueStart] as [string, string, string, number];
    });

/** Where a phrase first stands in the stored text (and that it does). */
export const at = (a: TArticleAnalysis, phrase: string) => {
  const i = a.text.indexOf(phrase);
  expect(i).toBeGreaterThan(0);
  return i;
};
