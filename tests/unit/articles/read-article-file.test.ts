import { describe, expect, it } from "vitest";
import { decodeArticleBytes } from "../../../lib/articles/read-article-file";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeArticleBytes", () => {
  it("accepts UTF-8 article text, dropping a BOM and normalising line ends", () => {
    expect(decodeArticleBytes("a.txt", bytes("\uFEFFLópez said it.\r\nNext line."))).toBe("López said it.\nNext line.");
  });

  it.each([
    ["empty", new Uint8Array(), /a.txt: the file is empty/],
    ["whitespace", bytes(" \n\t "), /only whitespace/],
    ["NUL bytes", new Uint8Array([65, 0, 66]), /NUL bytes/],
    ["invalid UTF-8", new Uint8Array([0x63, 0x61, 0x66, 0xe9]), /not valid UTF-8/],
    ["no words", bytes("1234 -- 5678"), /no words/],
  ])("refuses %s naming the file", (_name, input, message) => {
    expect(() => decodeArticleBytes("a.txt", input)).toThrow(message);
  });
});
