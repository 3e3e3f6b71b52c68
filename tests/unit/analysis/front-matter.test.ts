import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../../lib/analysis/normalize";

const BODY = "The harbour board said the ferry would sail again on Monday.";
const withFrontMatter = (lines: string) => `---\n${lines}\n---\n${BODY}\n`;

describe("front matter is checked by the form's schema", () => {
  it.each([
    ["outlet", `outlet: ${"x".repeat(10_000)}`, /outlet \(10000 characters\): Outlet: at most 200 characters/],
    ["title", `title: "${"t".repeat(501)}"`, /title \(501 characters\): Title: at most 500/],
    ["byline", `byline: ${"b".repeat(301)}`, /byline \(301 characters\): Byline: at most 300/],
    ["an impossible date", "published: 2024-02-30", /published "2024-02-30": Not a real calendar date/],
    ["a zero date", "published: 0000-00-00", /published "0000-00-00": Not a real calendar date/],
    ["a bare number", "published: 12345", /published "12345": a bare number is not a date/],
    ["a quoted number", 'published: "12345"', /published "12345": Use the form YYYY-MM-DD/],
    ["a date under an alias", "date: 2023-02-29", /date "2023-02-29": Not a real calendar date/],
    ["a javascript: URL", "url: javascript:alert(1)", /url "javascript:alert\(1\)": Only http and https/],
    ["a data: URL", "url: data:text/html;base64,PHNjcmlwdD4=", /url "data:.*": Only http and https/],
    ["a file: URL", "link: file:///etc/passwd", /link "file:\/\/\/etc\/passwd": Only http and https/],
    ["a mapping", "outlet: {name: Gazette}", /outlet .*expected text, not a mapping/],
    ["a list outlet", "outlet: [A, B]", /outlet .*expected one value, not a list/],
  ])("refuses %s, naming the field", (_name, lines, message) => {
    expect(() => normalizeArticle(withFrontMatter(lines))).toThrow(message);
  });

  it("reports every bad field at once", () => {
    expect(() => normalizeArticle(withFrontMatter("published: 2024-02-30\nurl: file:///x"))).toThrow(/Invalid front matter: published .*; url /);
  });

  it("stores what the schema makes of good values", () => {
    const n = normalizeArticle(withFrontMatter("outlet: Harbour  Gazette\ntitle: 1984\nauthors: [Lena Ortiz, Omar Haddad]\npublished: 2024-05-02T23:30:00+02:00\nlink: https://example.org/ferry"));
    expect(n.meta).toEqual({ outlet: "Harbour Gazette", title: "1984", byline: "Lena Ortiz and Omar Haddad", publishedAt: "2024-05-02", url: "https://example.org/ferry" });
    expect(n.text).toBe(BODY);
  });

  it("ignores empty values and keys it does not know", () => {
    const n = normalizeArticle(withFrontMatter("outlet:\ntags: [ferry, harbour]\nurl: ''"));
    expect(n.meta.outlet).toBeNull();
    expect(n.meta.url).toBeNull();
  });
});

describe("detected metadata that fails a rule is left empty", () => {
  it("drops an impossible date read from a date line, with a finding", () => {
    const n = normalizeArticle(`date 2024-02-30\n${BODY}\n`);
    expect(n.meta.publishedAt).toBeNull();
    expect(n.findings.some((f) => f.type === "metadata" && /publishedAt left empty: Not a real calendar date/.test(f.message))).toBe(true);
  });

  it("keeps a real date read from a date line", () => {
    expect(normalizeArticle(`date 2024-02-29\n${BODY}\n`).meta.publishedAt).toBe("2024-02-29");
  });
});
