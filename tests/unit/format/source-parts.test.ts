import { describe, expect, it } from "vitest";
import { blocksInPart, findPartAt, splitIntoParts } from "../../../lib/format/source-parts";

/** Paragraphs joined by blank lines, with the blocks the pipeline would store for them. */
function article(paragraphs: string[]) {
  const text = paragraphs.join("\n\n");
  const blocks = [];
  let start = 0;
  for (const p of paragraphs) {
    blocks.push({ kind: "body", start, end: start + p.length });
    start += p.length + 2;
  }
  return { text, blocks };
}

/** The parts cover the text end to end, in order, none longer than the limit. */
function expectTiling(parts: Array<{ start: number; end: number }>, length: number, max: number) {
  expect(parts[0].start).toBe(0);
  expect(parts.at(-1)!.end).toBe(length);
  for (let i = 1; i < parts.length; i++) expect(parts[i].start).toBe(parts[i - 1].end);
  for (const p of parts) {
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.end - p.start).toBeLessThanOrEqual(max);
  }
}

describe("splitIntoParts", () => {
  it("keeps an article of news length in one part", () => {
    const { text, blocks } = article(["The harbour reopened on Monday.", "“It took weeks,” said the pilot."]);
    expect(splitIntoParts(text, blocks)).toEqual([{ number: 1, start: 0, end: text.length }]);
  });

  it("cuts a long article where paragraphs start, never inside one", () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} says the ferry left at nine and came back at noon.`);
    const { text, blocks } = article(paragraphs);
    const parts = splitIntoParts(text, blocks, 300);
    expect(parts.length).toBeGreaterThan(5);
    expectTiling(parts, text.length, 300);
    const starts = new Set(blocks.map((b) => b.start));
    for (const p of parts) expect(starts.has(p.start)).toBe(true);
    expect(parts.map((p) => p.number)).toEqual(parts.map((_, i) => i + 1));
  });

  it("cuts one paragraph longer than a part after a space near the limit", () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(" ");
    const { text, blocks } = article(["A short opening line.", words, "A closing line."]);
    const parts = splitIntoParts(text, blocks, 500);
    expectTiling(parts, text.length, 500);
    for (const p of parts.slice(1)) expect(text[p.start - 1]).toMatch(/[ \n]/);
  });

  it("never cuts between the two halves of a character outside the basic plane", () => {
    const text = "😀".repeat(1000); // 2000 UTF-16 units, no spaces
    const parts = splitIntoParts(text, [{ kind: "body", start: 0, end: text.length }], 301);
    expectTiling(parts, text.length, 301);
    for (const p of parts) expect(p.start % 2).toBe(0);
    expect(parts.map((p) => text.slice(p.start, p.end)).join("")).toBe(text);
  });

  it("splits a text with no blocks by length alone", () => {
    const text = "x ".repeat(2000);
    expectTiling(splitIntoParts(text, [], 700), text.length, 700);
  });
});

describe("findPartAt and blocksInPart", () => {
  const paragraphs = Array.from({ length: 30 }, (_, i) => `Line ${i} of the report, with a few more words in it.`);
  const { text, blocks } = article(paragraphs);
  const parts = splitIntoParts(text, blocks, 200);

  it("finds the part that holds any offset, the last one for the end", () => {
    for (let offset = 0; offset < text.length; offset += 7) {
      const part = findPartAt(parts, offset);
      expect(offset).toBeGreaterThanOrEqual(part.start);
      expect(offset).toBeLessThan(part.end);
    }
    expect(findPartAt(parts, text.length)).toBe(parts.at(-1));
  });

  it("gives the paragraphs of one part with their stored offsets", () => {
    const part = parts[2];
    const shown = blocksInPart(blocks, part, text.length);
    expect(shown.length).toBeGreaterThan(0);
    for (const b of shown) {
      expect(b.start).toBeGreaterThanOrEqual(part.start);
      expect(b.end).toBeLessThanOrEqual(part.end);
      expect(paragraphs).toContain(text.slice(b.start, b.end));
    }
  });
});
