import { parse as parseCsv } from "csv-parse/sync";
import { pdfText } from "../../support/pdf-text";
import { describe, expect, it } from "vitest";
import { buildFactSheet, type TFactSheetInput } from "../../../lib/export/build-fact-sheet";
import { serializeFactSheet } from "../../../lib/export/serialize-fact-sheet";
import { toScriptSafeJson } from "../../../lib/export/script-safe-json";
import { ZClaimReview } from "../../../lib/schemas/claim-review";
import { ZFactSheet, type TFactSheet } from "../../../lib/schemas/fact-sheet";

const TITLE = "Why </script><script>alert(1)</script> ends up in print & <!-- comments -->";
const text = "“Keep </script> out of the feed,” said Ana Ruiz, the council's web editor.";
const quoteText = "Keep </script> out of the feed,";
const valueStart = text.indexOf("the council's");

function input(url: string | null): TFactSheetInput {
  return {
    story: null,
    stories: [{ id: "sty_1", title: "A story" }],
    sources: [{ id: "src_1", outlet: "Harbour </script> Gazette", title: TITLE, byline: null, publishedAt: "2024-05-02", url, file: "a.md", text, storyId: "sty_1" }],
    entities: [{ id: "ent_1", name: "Ana Ruiz", type: "person", aliases: [] }],
    quotes: [{ id: "quo_1", sourceId: "src_1", speaker: "Ana Ruiz", speakerEntityId: "ent_1", text: quoteText, start: 1, end: 1 + quoteText.length, isPartial: false, clusterId: null }],
    claims: [{
      id: "clm_1", sourceId: "src_1", subjectEntityId: "ent_1", subject: "Ana Ruiz", attribute: "role", value: text.slice(valueStart, text.length - 1),
      text, start: 0, end: text.length, valueStart, valueEnd: text.length - 1, isCaption: false, groupId: "grp_1", resolvedDate: null,
    }],
    groups: [{ id: "grp_1", subjectEntityId: "ent_1", subject: "Ana Ruiz", attribute: "role", label: "web editor", agreement: "single", claims: [{ id: "clm_1" }] }],
    discrepancies: [],
    quoteClusters: [],
    citations: [],
    reviews: [{ targetType: "claimGroup", targetId: "grp_1", status: "confirmed", note: "Checked </script><img src=x onerror=alert(1)>", updatedAt: new Date("2026-01-02T00:00:00Z") }],
  };
}

/** A sheet as an older row or another caller could hand a renderer, skipping buildFactSheet's checks. */
function unsanitisedSheet(url: string): TFactSheet {
  const sheet = buildFactSheet(input(null), new Date("2026-01-03T00:00:00Z"));
  return { ...sheet, sources: sheet.sources.map((s) => ({ ...s, url })) };
}


describe("ClaimReview JSON-LD is inert inside a <script> block", () => {
  it("writes every <, > and & as a \\u escape, and parses back to the same text", async () => {
    const out = String(await serializeFactSheet(buildFactSheet(input("https://example.org/a?x=1&y=2")), "claimreview"));
    expect(out).not.toMatch(/[<>&]/);
    expect(out.toLowerCase()).not.toContain("</script");
    expect(out).toContain("\\u003c/script\\u003e");
    const [review] = JSON.parse(out);
    expect(review.itemReviewed.appearance[0]).toMatchObject({ name: TITLE, text, url: "https://example.org/a?x=1&y=2" });
    expect(review.itemReviewed.appearance[0].publisher.name).toBe("Harbour </script> Gazette");
    expect(review.reviewRating.ratingExplanation).toBe("Checked </script><img src=x onerror=alert(1)>");
  });

  it("escapes line and paragraph separators too", () => {
    expect(toScriptSafeJson({ a: "x\u2028y\u2029z" }, 0)).toBe('{"a":"x\\u2028y\\u2029z"}');
  });
});

describe("no export carries a URL that is not http(s)", () => {
  const BAD_URLS = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", " JAVASCRIPT:alert(1)"];

  it.each(BAD_URLS)("buildFactSheet exports %j as null and the schema refuses it", (url) => {
    const sheet = buildFactSheet(input(url));
    expect(sheet.sources[0].url).toBeNull();
    expect(ZFactSheet.safeParse({ ...sheet, sources: [{ ...sheet.sources[0], url }] }).success).toBe(false);
  });

  it.each(BAD_URLS)("every renderer drops %j even from a sheet that skipped the checks", async (url) => {
    const sheet = unsanitisedSheet(url);
    const needle = url.trim().slice(0, 8).toLowerCase();
    for (const format of ["md", "csv", "claimreview"] as const) {
      expect(String(await serializeFactSheet(sheet, format)).toLowerCase(), format).not.toContain(needle);
    }
    const rows: Array<Record<string, string>> = parseCsv(String(await serializeFactSheet(sheet, "csv")).slice(1), { columns: true });
    expect(rows.map((r) => r.url)).toEqual([""]);
    const [review] = JSON.parse(String(await serializeFactSheet(sheet, "claimreview")));
    expect(review.itemReviewed.appearance[0]).not.toHaveProperty("url");
  });

  it("the PDF leaves a javascript: URL out and keeps an http one", async () => {
    const bad = await pdfText((await serializeFactSheet(unsanitisedSheet("javascript:alert(1)"), "pdf")) as Buffer);
    expect(bad).toContain("Harbour </script> Gazette");
    expect(bad).not.toContain("javascript");
    const good = await pdfText((await serializeFactSheet(unsanitisedSheet("https://example.org/story"), "pdf")) as Buffer);
    expect(good).toContain("https://example.org/story");
  });

  it("ZClaimReview refuses a javascript: appearance URL", () => {
    const review = { "@context": "https://schema.org", "@type": "ClaimReview", "@id": "#x", datePublished: "2024-01-01", claimReviewed: "x",
      author: { "@type": "Organization", name: "R" }, reviewRating: { "@type": "Rating", alternateName: "ok" },
      itemReviewed: { "@type": "Claim", author: { "@type": "Organization", name: "O" }, appearance: [{ "@type": "CreativeWork", url: "javascript:alert(1)", text: "t" }] } };
    expect(ZClaimReview.safeParse(review).success).toBe(false);
    review.itemReviewed.appearance[0].url = "https://example.org/";
    expect(ZClaimReview.safeParse(review).success).toBe(true);
  });
});

describe("exports keep text content, escaped for their context", () => {
  it("Markdown escapes the markup characters of a title and a quote", async () => {
    const md = String(await serializeFactSheet(buildFactSheet(input(null)), "md"));
    expect(md).not.toContain("</script>");
    expect(md).toContain("Keep \\</script\\> out of the feed");
  });

  it("the JSON fact sheet keeps the text exactly", async () => {
    const json = JSON.parse(String(await serializeFactSheet(buildFactSheet(input(null)), "json")));
    expect(json.sources[0].title).toBe(TITLE);
    expect(json.quotes[0].text).toBe(quoteText);
  });
});
