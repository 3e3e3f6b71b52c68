import { describe, expect, it } from "vitest";
import { parseCount } from "@/lib/comparison/claims/claim-value-counts";
import { parseRole } from "@/lib/comparison/claims/claim-value-roles";
import { parseTimeSpan } from "@/lib/comparison/claims/claim-value-time";
import { contentTerms, cosine, fold, IdfTable, jaroWinkler, quoteSurface, quoteWords } from "@/lib/text/text-similarity";

describe("text-similarity", () => {
  it("folds diacritics, quotes and case", () => {
    expect(fold("López’s “Bárcena”")).toBe(`lopez's "barcena"`);
    expect(jaroWinkler("Lopez", "López")).toBe(1);
    expect(jaroWinkler("Salman", "Salmaan")).toBeGreaterThan(0.9);
  });

  it("normalises general synonyms so differently worded facts overlap", () => {
    expect(contentTerms("severing diplomatic ties")).toEqual(contentTerms("break diplomatic relations"));
    const idf = new IdfTable();
    const a = contentTerms("Mexico is severing diplomatic ties with Ecuador");
    const b = contentTerms("the country would break off diplomatic relations with Ecuador");
    idf.add(a);
    idf.add(b);
    idf.add(contentTerms("police stormed the embassy"));
    expect(cosine(idf.vector(a), idf.vector(b))).toBeGreaterThan(0.5);
  });

  it("compares quotes by words, separately from punctuation", () => {
    expect(quoteWords("This is not possible. It cannot be.")).toEqual(quoteWords("this is not possible, it cannot be"));
    expect(quoteSurface("“It is barbarism,”")).toBe(quoteSurface('"It is barbarism"'));
  });
});

describe("role, span and count parsing", () => {
  it("maps equivalent office names to one role", () => {
    const a = parseRole("Mexico's secretary of foreign relations");
    const b = parseRole("Mexico’s Secretary of Foreign Affairs");
    const c = parseRole("foreign minister");
    expect([a.head, b.head, c.head]).toEqual(["minister", "minister", "minister"]);
    expect(a.domain).toEqual(["foreign"]);
    expect(b.domain).toEqual(["foreign"]);
    expect(c.domain).toEqual(["foreign"]);
    expect(parseRole("chief of staff").head).toBe(parseRole("head of staff").head);
    expect(parseRole("ex-President").former).toBe(true);
    expect(parseRole("former Ecuadorian Vice-President")).toMatchObject({ former: true, head: "vice-president", domain: [] });
  });

  it("turns time spans into comparable durations", () => {
    expect(parseTimeSpan("over the last few days", "last few days", null)).toMatchObject({ kind: "until_now", lo: 2, hi: 9 });
    const since = parseTimeSpan("since December", "since december", "2024-04-06");
    expect(since.kind).toBe("until_now");
    if (since.kind === "until_now") expect(since.lo).toBeGreaterThan(90);
    expect(parseTimeSpan("between 2013 and 2017", "2013-2017", null)).toEqual({ kind: "period", from: 2013, to: 2017 });
    expect(parseTimeSpan("since December", "since december", null).kind).toBe("unknown");
  });

  it("reads counts", () => {
    expect(parseCount("convicted twice", "convicted 2 times")).toEqual({ n: 2, approx: false, thing: ["convict"] });
    expect(parseCount("at least eight people", "")).toMatchObject({ n: 8, approx: true });
  });
});
