import { describe, expect, it } from "vitest";
import { httpUrlOrNull, isHttpUrl, isRealDate, keepValidMeta, ZArticleMetaFields } from "../../../lib/schemas/article-meta";
import { ZArticleMetaInput } from "../../../lib/schemas/article-input";

const fieldErrors = (input: Record<string, unknown>) => {
  const parsed = ZArticleMetaFields.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("ZArticleMetaFields: one schema for form fields, JSON fields and front matter", () => {
  it("is the schema the form and the API parse with", () => {
    expect(ZArticleMetaInput).toBe(ZArticleMetaFields);
  });

  it("accepts ordinary metadata, trims it and folds runs of whitespace", () => {
    expect(
      ZArticleMetaFields.parse({ outlet: "  Harbour  Gazette ", title: "Ferry\nservice resumes", byline: "Lena Ortiz", published: "2024-02-29", url: "https://example.org/a?b=1#c" }),
    ).toEqual({ outlet: "Harbour Gazette", title: "Ferry service resumes", byline: "Lena Ortiz", published: "2024-02-29", url: "https://example.org/a?b=1#c" });
  });

  it("treats blank fields as absent", () => {
    expect(ZArticleMetaFields.parse({ outlet: "   ", published: "", url: " " })).toEqual({});
  });

  it("keeps the day of an ISO date-time, as printed", () => {
    expect(ZArticleMetaFields.parse({ published: "2024-05-02T23:30:00+02:00" }).published).toBe("2024-05-02");
    expect(ZArticleMetaFields.parse({ published: "2024-05-02 08:15" }).published).toBe("2024-05-02");
  });

  it.each([
    ["outlet", "x".repeat(10_000), /Outlet: at most 200/],
    ["outlet", "x".repeat(201), /Outlet: at most 200/],
    ["title", "t".repeat(501), /Title: at most 500/],
    ["byline", "b".repeat(301), /Byline: at most 300/],
    ["outlet", "Harbour\u0000Gazette", /control characters/],
    ["title", "Bell\u001b[31m", /control characters/],
    ["published", "2024-02-30", /Not a real calendar date/],
    ["published", "2023-02-29", /Not a real calendar date/],
    ["published", "0000-00-00", /Not a real calendar date/],
    ["published", "0000-01-01", /Not a real calendar date/],
    ["published", "2024-13-01", /Not a real calendar date/],
    ["published", "2024-04-31", /Not a real calendar date/],
    ["published", "12345", /YYYY-MM-DD/],
    ["published", 12345, /string/i],
    ["published", "yesterday", /YYYY-MM-DD/],
    ["published", "2024-05-02T25:00", /YYYY-MM-DD/],
    ["url", "javascript:alert(1)", /Only http and https/],
    ["url", " JavaScript:alert(1)", /Only http and https/],
    ["url", "data:text/html,<script>alert(1)</script>", /Only http and https/],
    ["url", "file:///etc/passwd", /Only http and https/],
    ["url", "ftp://example.org/a", /Only http and https/],
    ["url", "https://", /Only http and https/],
    ["url", "not a url", /Only http and https/],
    ["url", "https://exa mple.org/", /Only http and https/],
    ["url", `https://example.org/${"a".repeat(2000)}`, /at most 2000/],
  ])("rejects %s = %j", (field, value, message) => {
    expect(fieldErrors({ [field]: value })[field]).toMatch(message);
  });
});

describe("isRealDate, isHttpUrl, httpUrlOrNull", () => {
  it("knows leap years and refuses what is not a day", () => {
    expect(isRealDate("2024-02-29")).toBe(true);
    expect(isRealDate("1900-02-29")).toBe(false);
    expect(isRealDate("2024-2-1")).toBe(false);
    expect(isRealDate("20240201")).toBe(false);
  });

  it("accepts only absolute http(s) URLs with a host", () => {
    expect(isHttpUrl("http://example.org")).toBe(true);
    expect(isHttpUrl("HTTPS://EXAMPLE.ORG/A")).toBe(true);
    for (const bad of ["javascript:alert(1)", "data:,x", "file:///x", "//example.org/a", "/relative", "https://example.org/\nx", "vbscript:x"]) {
      expect(isHttpUrl(bad), bad).toBe(false);
    }
  });

  it("turns any other URL into null", () => {
    expect(httpUrlOrNull("https://example.org/a")).toBe("https://example.org/a");
    expect(httpUrlOrNull("javascript:alert(1)")).toBeNull();
    expect(httpUrlOrNull(null)).toBeNull();
    expect(httpUrlOrNull(undefined)).toBeNull();
  });
});

describe("keepValidMeta: detected values that fail a rule are left empty", () => {
  it("drops each invalid value and says why, keeping the valid ones", () => {
    const { meta, dropped } = keepValidMeta({ outlet: "o".repeat(250), title: "Storm reaches the coast", byline: null, publishedAt: "2024-02-30", url: "data:,x" });
    expect(meta).toEqual({ outlet: null, title: "Storm reaches the coast", byline: null, publishedAt: null, url: null });
    expect(dropped.map((d) => d.field)).toEqual(["outlet", "publishedAt", "url"]);
    expect(dropped[1].message).toMatch(/calendar date/);
  });
});
