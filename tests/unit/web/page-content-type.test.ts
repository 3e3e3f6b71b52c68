import { describe, expect, it } from "vitest";
import { checkMediaType, parseContentType } from "@/lib/web/page-content-type";

describe("parseContentType", () => {
  it.each([
    ["text/html; charset=UTF-8", { mediaType: "text/html", charset: "utf-8" }],
    ['Text/HTML;Charset="windows-1252"', { mediaType: "text/html", charset: "windows-1252" }],
    ["application/rss+xml", { mediaType: "application/rss+xml", charset: null }],
    ["text/html; boundary=x; charset=iso-8859-1", { mediaType: "text/html", charset: "iso-8859-1" }],
    [undefined, { mediaType: null, charset: null }],
    ["", { mediaType: null, charset: null }],
  ])("reads %s", (header, expected) => {
    expect(parseContentType(header)).toEqual(expected);
  });
});

describe("checkMediaType", () => {
  it.each(["text/html", "application/xhtml+xml"])("takes %s as a page", (type) => {
    expect(() => checkMediaType("u", "html", type)).not.toThrow();
  });

  it.each(["application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml"])("takes %s as a feed", (type) => {
    expect(() => checkMediaType("u", "feed", type)).not.toThrow();
  });

  it("refuses other types with the type named", () => {
    expect(() => checkMediaType("u", "html", "application/pdf")).toThrow("the link serves application/pdf, not an HTML page");
    expect(() => checkMediaType("u", "html", "application/rss+xml")).toThrow("not an HTML page");
    expect(() => checkMediaType("u", "feed", "text/html")).toThrow("the link serves text/html, not a feed (RSS, Atom or RDF)");
    expect(() => checkMediaType("u", "feed", null)).toThrow("no Content-Type");
  });
});
