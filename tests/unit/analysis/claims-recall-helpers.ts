import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import type { TArticleAnalysis, TClaim } from "@/lib/schemas/pipeline";

export const seed = (f: string) => analyzeArticle(readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), "utf8"), { fileName: f });
export const nameOf = (a: TArticleAnalysis, key: string | null) => a.entities.find((e) => e.key === key)?.name ?? String(key);

/**
 * The claims of `attribute` whose value is printed at `value` inside the (unique) `evidence` passage:
 * the value span is checked to the character.
 */
export function claimsAt(a: TArticleAnalysis, attribute: string, evidence: string, value: string): TClaim[] {
  const at = a.text.indexOf(evidence);
  expect(at, `evidence not in text: ${evidence}`).toBeGreaterThanOrEqual(0);
  expect(a.text.indexOf(evidence, at + 1), `evidence not unique: ${evidence}`).toBe(-1);
  const vS = at + evidence.indexOf(value);
  return a.claims.filter((c) => c.attribute === attribute && c.valueStart === vS && c.valueEnd === vS + value.length && c.value === value);
}

/** [subject name, normalised value] of the claims at that place. */
export function rowsAt(a: TArticleAnalysis, attribute: string, evidence: string, value: string): string[][] {
  return claimsAt(a, attribute, evidence, value).map((c) => [nameOf(a, c.subjectKey), c.normalizedValue]);
}

export const analyze = (text: string) => analyzeArticle(text);
