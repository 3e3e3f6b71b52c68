import { describe, expect, it } from "vitest";
import { decodePageText, knownEncoding, sniffMetaCharset, sniffXmlEncoding } from "@/lib/web/decode-page-text";

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("decodePageText", () => {
  it("takes the Content-Type charset first", () => {
    expect(decodePageText(latin1("<p>café</p>"), "windows-1252", "html")).toEqual({ text: "<p>café</p>", charset: "windows-1252" });
    expect(decodePageText(latin1('<meta charset="utf-8"><p>café</p>'), "iso-8859-1", "html").text).toContain("café");
  });

  it("falls back to a meta charset, then UTF-8", () => {
    expect(decodePageText(latin1('<head><meta charset="windows-1252"></head><p>café</p>'), null, "html").charset).toBe("windows-1252");
    expect(decodePageText(latin1("<head><META HTTP-EQUIV='content-type' CONTENT='text/html; charset=latin1'></head>é"), null, "html").text).toMatch(/é$/);
    expect(decodePageText(utf8("<p>Zürich</p>"), null, "html")).toEqual({ text: "<p>Zürich</p>", charset: "utf-8" });
  });

  it("ignores a meta charset past the first 2048 bytes", () => {
    const late = latin1(`${" ".repeat(2100)}<meta charset="windows-1252">é`);
    expect(decodePageText(late, null, "html").charset).toBe("utf-8");
  });

  it("reads a feed's XML declaration, but not a page's", () => {
    const xml = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>café</title></rss>');
    expect(decodePageText(xml, null, "feed")).toMatchObject({ charset: "windows-1252", text: expect.stringContaining("café") });
    expect(decodePageText(xml, null, "html").charset).toBe("utf-8");
  });

  it("lets a byte-order mark decide, and strips it", () => {
    const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<p>é</p>")]);
    expect(decodePageText(bom8, "windows-1252", "html")).toEqual({ text: "<p>é</p>", charset: "utf-8" });
    const bom16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("<p>é</p>", "utf16le")]);
    expect(decodePageText(bom16, null, "html")).toEqual({ text: "<p>é</p>", charset: "utf-16le" });
  });

  it("reads an unknown label, or a UTF-16 label in ASCII markup, as UTF-8", () => {
    expect(decodePageText(utf8("<p>é</p>"), "klingon", "html").charset).toBe("utf-8");
    expect(decodePageText(utf8('<meta charset="utf-16"><p>é</p>'), null, "html")).toMatchObject({ charset: "utf-8", text: '<meta charset="utf-16"><p>é</p>' });
  });

  it("turns malformed bytes into U+FFFD instead of failing", () => {
    expect(decodePageText(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0xfd]), "utf-8", "html").text).toBe("<p>\uFFFD\uFFFD\uFFFD");
  });
});

describe("encoding labels", () => {
  it("names labels as WHATWG does", () => {
    expect(knownEncoding("latin1")).toBe("windows-1252");
    expect(knownEncoding(" UTF8 ")).toBe("utf-8");
    expect(knownEncoding("x-made-up")).toBeNull();
    expect(knownEncoding(null)).toBeNull();
  });

  it("sniffs meta and XML declarations", () => {
    expect(sniffMetaCharset(latin1('<meta name="x"><meta charset=Shift_JIS>'))).toBe("shift_jis");
    expect(sniffMetaCharset(latin1("<p>charset=utf-8 outside a meta</p>"))).toBeNull();
    expect(sniffXmlEncoding(latin1("<?xml version='1.0' encoding='windows-1251'?>"))).toBe("windows-1251");
    expect(sniffXmlEncoding(latin1('<rss><?xml encoding="x"?>'))).toBeNull();
  });
});
