/**
 * Shared by the general-fact tests: a few invented sentences analysed as ingest would (front matter with a
 * dateline), and the general facts read back with their spans checked against the stored text.
 */
import { expect } from "vitest";
import { analyzeArticle } from "@/lib/analysis";
import type { TArticleAnalysis, TClaim, TFactDetail } from "@/lib/schemas/pipeline";

/** The dateline most tests write from: Wednesday 12 March 2025. */
export const DATELINE = "2025-03-12";

/** An article of a few sentences, dated `published` (null: no front matter at all). */
export function analyze(body: string, published: string | null = DATELINE, outlet = "Test Wire"): TArticleAnalysis {
  const head = published ? `---\noutlet: ${outlet}\npublished: ${published}\n---\n` : "";
  return analyzeArticle(`${head}${body}\n`);
}

export type FactClaim = TClaim & { fact: TFactDetail };

/** The general facts of an article (of one rule when `method` is given); every span is checked exact. */
export function factsOf(a: TArticleAnalysis, method?: string): FactClaim[] {
  return a.claims
    .filter((c): c is FactClaim => c.fact !== undefined && (method === undefined || c.method === method))
    .map((c) => {
      expect(a.text.slice(c.start, c.end)).toBe(c.text);
      expect(a.text.slice(c.valueStart, c.valueEnd)).toBe(c.value);
      return c;
    });
}

/** The one fact of a rule printed as `value` (and that there is exactly one). */
export function factWith(a: TArticleAnalysis, method: string, value: string): FactClaim {
  const found = factsOf(a, method).filter((c) => c.value === value);
  expect(found.map((c) => c.value), `${method} "${value}" among ${JSON.stringify(factsOf(a, method).map((c) => c.value))}`).toEqual([value]);
  return found[0];
}

/** The printed values of one rule's facts, in text order. */
export const valuesOf = (a: TArticleAnalysis, method: string) => factsOf(a, method).map((c) => c.value);

/** The name of a claim's subject entity, or null. */
export const subjectName = (a: TArticleAnalysis, c: TClaim) => a.entities.find((e) => e.key === c.subjectKey)?.name ?? null;

/** Minutes since 1970-01-01 of a UTC day and time, as the time rule counts them. */
export const minutes = (isoDay: string, hours = 0, mins = 0) => Date.parse(`${isoDay}T00:00:00Z`) / 60000 + hours * 60 + mins;
