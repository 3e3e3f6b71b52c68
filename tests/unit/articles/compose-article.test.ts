import { describe, expect, it } from "vitest";
import { composeArticle } from "../../../lib/articles/compose-article";
import { normalizeArticle } from "../../../lib/analysis/normalize";

const BODY = "The harbour board said the ferry would sail again on Monday.";

describe("composeArticle", () => {
  it("writes given metadata as front matter that reading accepts", () => {
    const raw = composeArticle(BODY, { outlet: "Harbour Gazette", title: "Ferry: back on Monday", published: "2024-05-02", url: "https://example.org/f" });
    expect(normalizeArticle(raw).meta).toEqual({ outlet: "Harbour Gazette", title: "Ferry: back on Monday", byline: null, publishedAt: "2024-05-02", url: "https://example.org/f" });
  });

  it("leaves out a detected value that fails its rule (an HTML page's over-long title), keeping the rest", () => {
    const raw = composeArticle(BODY, { title: `Ferry ${"news ".repeat(200)}`, byline: "Lena\u0000Ortiz", outlet: "Harbour Gazette" });
    const meta = normalizeArticle(raw).meta;
    expect(meta.outlet).toBe("Harbour Gazette");
    expect(meta.byline).toBeNull();
    expect(raw).not.toMatch(/^(title|byline):/m);
    expect(meta.title).toBeNull();
  });

  it("never writes a URL that is not http(s)", () => {
    expect(composeArticle(BODY, { url: "javascript:alert(1)" })).toBe(BODY);
  });

  it("keeps the text's own front matter, which reading then checks", () => {
    const raw = composeArticle(`---\npublished: 2024-02-30\n---\n${BODY}`, { outlet: "Harbour Gazette" });
    expect(() => normalizeArticle(raw)).toThrow(/published "2024-02-30": Not a real calendar date/);
  });

  it("lets a given value replace a bad one in the text's front matter", () => {
    const raw = composeArticle(`---\npublished: 2024-02-30\n---\n${BODY}`, { published: "2024-02-28" });
    expect(normalizeArticle(raw).meta.publishedAt).toBe("2024-02-28");
  });

  it("leaves malformed front matter for reading to refuse", () => {
    const text = `---\noutlet: [unclosed\n---\n${BODY}`;
    expect(composeArticle(text, { outlet: "Harbour Gazette" })).toBe(text);
    expect(() => normalizeArticle(text)).toThrow(/Malformed front matter/);
  });
});
