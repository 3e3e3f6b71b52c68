import { describe, expect, it } from "vitest";
import { sourceLabel } from "../../../lib/format/labels";
import { hostOf, nameSource, shortenFileName, sourceColumn, UNNAMED_SOURCE, unnamedSourcesLabel } from "../../../lib/format/source-name";

describe("a source's name", () => {
  it("is its outlet when one is stored, with nothing beside it", () => {
    const name = nameSource({ outlet: " Latin Post ", file: "000_c4bfd782671b2726.txt", url: "https://www.latinpost.com/x" });
    expect(name).toEqual({ name: "Latin Post", detail: null, shortDetail: null, text: "Latin Post" });
  });

  it("is 'Unnamed source' beside its file name when the article names no outlet", () => {
    const name = nameSource({ outlet: null, file: "003_99b86c2a8920ba6a.txt", id: "src_1" });
    expect(name).toEqual({
      name: UNNAMED_SOURCE,
      detail: "003_99b86c2a8920ba6a.txt",
      shortDetail: "003_99b…txt",
      text: "Unnamed source — 003_99b86c2a8920ba6a.txt",
    });
  });

  it("uses the URL's host when there is no file name, and treats a blank outlet as none", () => {
    const name = nameSource({ outlet: "  ", file: null, url: "https://www.example.org/news/2024/04/06/raid", id: "src_2" });
    expect(name).toMatchObject({ name: UNNAMED_SOURCE, detail: "example.org", shortDetail: "example.org", text: "Unnamed source — example.org" });
  });

  it("falls back to the id, then to the bare words", () => {
    expect(nameSource({ outlet: null, file: null, url: "javascript:alert(1)", id: "src_3" }).text).toBe("Unnamed source — src_3");
    expect(nameSource({ outlet: null }).text).toBe(UNNAMED_SOURCE);
    expect(nameSource({ outlet: null }).detail).toBeNull();
  });

  it("is what sourceLabel returns as plain text (exports, titles and aria labels)", () => {
    expect(sourceLabel({ outlet: "CNN" })).toBe("CNN");
    expect(sourceLabel({ outlet: null, file: "003_99b86c2a8920ba6a.txt" })).toBe("Unnamed source — 003_99b86c2a8920ba6a.txt");
    expect(sourceLabel({ outlet: null, url: "http://news.example.com/a" })).toBe("Unnamed source — news.example.com");
  });
});

describe("the short forms beside the name", () => {
  it("keep a file name's start and extension around an ellipsis", () => {
    expect(shortenFileName("003_99b86c2a8920ba6a.txt")).toBe("003_99b…txt");
    expect(shortenFileName("raid-report.md")).toBe("raid-rep…md");
    expect(shortenFileName("short.txt")).toBe("short.txt");
    expect(shortenFileName("a-very-long-name-without-extension")).toBe("a-very-lon…");
  });

  it("keep a long host's registered domain readable", () => {
    const name = nameSource({ outlet: null, url: "https://live-updates.international.edition.example-news.co.uk/x" });
    expect(name.detail).toBe("live-updates.international.edition.example-news.co.uk");
    expect(name.shortDetail).toBe("live-updates.…ple-news.co.uk");
    expect(name.shortDetail!.length).toBeLessThanOrEqual(28);
  });

  it("read only http and https addresses as hosts", () => {
    expect(hostOf("https://www.reuters.com/world")).toBe("reuters.com");
    expect(hostOf("ftp://example.org/file")).toBeNull();
    expect(hostOf("not a url")).toBeNull();
    expect(hostOf(null)).toBeNull();
  });
});

describe("where sources are counted or set in columns", () => {
  it("counts unnamed sources in the same words", () => {
    expect(unnamedSourcesLabel(1)).toBe("Unnamed source");
    expect(unnamedSourcesLabel(3)).toBe("3 unnamed sources");
  });

  it("gives a column its id and name", () => {
    expect(sourceColumn({ id: "src_1", outlet: null, file: "003_99b86c2a8920ba6a.txt" })).toEqual({
      id: "src_1",
      name: { name: UNNAMED_SOURCE, detail: "003_99b86c2a8920ba6a.txt", shortDetail: "003_99b…txt", text: "Unnamed source — 003_99b86c2a8920ba6a.txt" },
    });
  });
});
