import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis";
import { MAX_FINGERPRINT_ENTITIES, MAX_FINGERPRINT_TERMS, ZArticleFingerprint, articleFingerprint } from "@/lib/stories/article-fingerprint";
import { BRIDGE_COURIER, BRIDGE_DAILY, fingerprintOf } from "./story-articles";

describe("articleFingerprint", () => {
  it("keeps the named people, places and organisations, folded, with the headline and lead names weighted", () => {
    const fp = fingerprintOf(BRIDGE_COURIER);
    const keys = fp.entities.map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(["marrowick", "dorota valkenburg", "ansel dufrain", "saint odile hospital"]));
    const weight = (key: string) => fp.entities.find((e) => e.key === key)?.weight ?? 0;
    // Marrowick is named in the headline and lead, Saint Odile Hospital once in the body
    expect(weight("marrowick")).toBeGreaterThan(weight("saint odile hospital"));
  });

  it("keeps stemmed content words of the headline first, and no numbers, weekdays or stop words", () => {
    const fp = fingerprintOf(BRIDGE_COURIER);
    const terms = fp.terms.map((t) => t.key);
    expect(terms.slice(0, 8)).toEqual(expect.arrayContaining(["footbridge", "canal"]));
    expect(terms).toContain("collaps");
    for (const dropped of ["sunday", "1968", "the", "four", "said"]) expect(terms).not.toContain(dropped);
  });

  it("reads the date from front matter or from a publication line, and null when the article has none", () => {
    expect(fingerprintOf(BRIDGE_COURIER).publishedAt).toBe("2030-05-12");
    expect(fingerprintOf(BRIDGE_DAILY).publishedAt).toBe("2030-05-13");
    expect(fingerprintOf("Divers searched the canal for a second day. The footbridge stays closed.").publishedAt).toBeNull();
  });

  it("leaves out the outlet that publishes the article and the byline", () => {
    const keys = fingerprintOf(BRIDGE_DAILY).entities.map((e) => e.key);
    expect(keys).not.toContain("western daily");
    expect(keys).not.toContain("lena okafor");
  });

  it("is bounded however long the article is, and survives JSON and its schema unchanged", () => {
    const names = Array.from({ length: 120 }, (_, i) => `Councillor Name${String.fromCharCode(65 + (i % 26))}${i} Example${i}`);
    const words = Array.from({ length: 3000 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}x${i.toString(36)}`);
    const text = `${names.map((n) => `${n} said the plan would fail.`).join(" ")}\n\n${words.join(" ")}.`;
    const analysis = analyzeArticle(text);
    const fp = articleFingerprint({ text: analysis.text, analysis, publishedAt: "2030-01-31T10:00:00Z" });
    expect(fp.terms).toHaveLength(MAX_FINGERPRINT_TERMS);
    expect(fp.entities.length).toBeLessThanOrEqual(MAX_FINGERPRINT_ENTITIES);
    expect(fp.entities.length).toBeGreaterThan(20);
    expect(fp.publishedAt).toBe("2030-01-31");
    expect(ZArticleFingerprint.parse(JSON.parse(JSON.stringify(fp)))).toEqual(fp);
  });

  it("refuses a stored fingerprint with an impossible date or too many terms", () => {
    const fp = fingerprintOf(BRIDGE_COURIER);
    expect(ZArticleFingerprint.safeParse({ ...fp, publishedAt: "2030-02-30" }).success).toBe(false);
    const tooMany = Array.from({ length: MAX_FINGERPRINT_TERMS + 1 }, (_, i) => ({ key: `t${i}`, weight: 1 }));
    expect(ZArticleFingerprint.safeParse({ ...fp, terms: tooMany }).success).toBe(false);
  });
});
