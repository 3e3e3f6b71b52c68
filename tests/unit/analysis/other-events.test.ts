import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import { ZArticleAnalysis, type TArticleAnalysis } from "@/lib/schemas/pipeline";

const load = (n: string) => analyzeArticle(readFileSync(new URL(`../../fixtures/articles/${n}.txt`, import.meta.url), "utf8"));
const court = load("court-ruling");
const sport = load("sports-transfer");
const nameOf = (a: TArticleAnalysis, key: string | null) => a.entities.find((e) => e.key === key)?.name ?? null;
const exactSpans = (a: TArticleAnalysis) => {
  for (const x of [...a.quotes, ...a.mentions, ...a.claims, ...(a.citations ?? []).map((c) => ({ ...c, text: c.cited }))]) {
    expect(a.text.slice(x.start, x.end)).toBe(x.text);
  }
};

describe("a court ruling (dated, never seen by the rules' authors)", () => {
  it("conforms, keeps spans exact, drops the byline", () => {
    expect(() => ZArticleAnalysis.parse(court)).not.toThrow();
    exactSpans(court);
    expect(court.meta.publishedAt).toBe("2023-11-17");
    expect(court.entities.map((e) => e.name)).not.toContain("Sam Ortiz");
  });

  it("finds every quote with its speaker: split, partial, back-referenced, organisational, continued across paragraphs", () => {
    expect(court.quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ["The state cannot legislate in a field Congress has already occupied", "Maria Okafor"],
      ["ignores decades of settled precedent", "Peter Lindqvist"],
      ["broad authority", "Peter Lindqvist"], // "The judge added that states retain “broad authority”"
      ["deeply disappointing", "Ellen Harlow"],
      ["We will take this to the Supreme Court if we have to", "Westland Department of Labor"], // "a spokesperson for X said"
      ["Drivers deserve clarity.", "Westland Department of Labor"], // runs on into the next paragraph
      ["This fight is not over.", "Westland Department of Labor"],
      ["a long-overdue win", "Ana Ruiz"],
    ]);
  });

  it("types and merges entities: titles stripped, surnames merged, '<Name> administration' is an organisation", () => {
    const by = Object.fromEntries(court.entities.map((e) => [e.name, e]));
    expect(by["Maria Okafor"].type).toBe("person");
    expect(by["Maria Okafor"].aliases).toContain("Okafor");
    expect(by["Peter Lindqvist"].type).toBe("person");
    expect(by["Ellen Harlow"].type).toBe("person");
    expect(by["Harlow administration"].type).toBe("organization");
    expect(by["Westland Drivers Guild"].type).toBe("organization");
    expect(by["Westland Drivers Guild"].aliases).toContain("Guild");
    expect(by["Westland Tribune"].type).toBe("organization");
    expect(court.entities.map((e) => e.name)).not.toContain("Judge Maria Okafor");
  });

  it("resolves dates against the dateline (2023-11-17, a Friday)", () => {
    const dates = court.claims.filter((c) => c.attribute === "date").map((c) => [c.value, c.resolvedDate]);
    expect(dates).toEqual(expect.arrayContaining([["on Thursday", "2023-11-16"], ["last year", "2022"], ["A day earlier", "2023-11-15"]]));
    const last = court.claims.find((c) => c.value === "last year")!;
    expect(nameOf(court, last.subjectKey)).toBe("Maria Okafor");
  });

  it("records citations and the arrest", () => {
    expect((court.citations ?? []).map((c) => [c.cue, c.cited])).toEqual([
      ["told", "Westland Tribune"],
      ["according to", "Coastal News Agency"],
      ["reported", "Westland Tribune"],
    ]);
    const arrest = court.claims.find((c) => c.attribute === "legal_status" && c.normalizedValue === "arrested")!;
    expect(nameOf(court, arrest.subjectKey)).toBe("Ana Ruiz");
    expect(court.claims.find((c) => c.attribute === "role" && nameOf(court, c.subjectKey) === "Ana Ruiz")?.value).toBe("Guild president");
  });
});

describe("a sports transfer (undated)", () => {
  it("conforms, keeps spans exact, drops byline and photo credit", () => {
    expect(() => ZArticleAnalysis.parse(sport)).not.toThrow();
    exactSpans(sport);
    const names = sport.entities.map((e) => e.name);
    expect(names).not.toContain("Lena Brooks");
    expect(names).not.toContain("Kai Lund");
  });

  it("merges a name printed with and without diacritics and strips a sports role", () => {
    const p = sport.entities.find((e) => e.name === "Tomás Álvarez")!;
    expect(p.type).toBe("person");
    expect(p.aliases).toEqual(expect.arrayContaining(["Álvarez", "Alvarez"]));
    expect(sport.entities.find((e) => e.name === "Porto Azul")?.type).toBe("organization"); // "Porto Azul president Ricardo Sousa"
    expect(sport.entities.find((e) => e.name === "Northfield United")?.type).toBe("organization");
  });

  it("attributes quotes after a closing mark, across a sentence, and through 'the manager added'", () => {
    expect(sport.quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ["I have dreamed of playing here since I was a boy", "Tomás Álvarez"],
      ["The fans, the stadium, everything.", "Tomás Álvarez"],
      ["make us better straight away", "Graham Keane"],
      ["He is a special talent", "Graham Keane"],
    ]);
  });

  it("leaves weekdays unresolved without a dateline", () => {
    const d = sport.claims.find((c) => c.attribute === "date" && c.value === "on Monday");
    expect(d?.resolvedDate ?? null).toBeNull();
    expect(d?.normalizedValue).toBe("monday");
    expect((sport.citations ?? []).map((c) => c.cited)).toEqual(["Northfield TV"]);
  });
});
