import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { ArticleLimitError } from "../../../lib/articles/article-limits";
import { assertHtmlNestingWithin, measureHtmlNesting } from "../../../lib/articles/html-nesting";
import { htmlToArticleText } from "../../../lib/articles/html-to-text";

/** The depth the HTML parser actually builds (elements below the document). */
function parsedDepth(html: string): number {
  let deepest = 0;
  const walk = (el: Element, depth: number) => {
    deepest = Math.max(deepest, depth);
    for (const child of el.children) walk(child, depth + 1);
  };
  walk(new JSDOM(html).window.document.documentElement, 1);
  return deepest;
}

const PARA = "Rescue crews said the river crested overnight and two roads stayed closed.";

describe("measureHtmlNesting", () => {
  it("counts nested elements of a well-formed page", () => {
    expect(measureHtmlNesting(`<html><body><main><article><p>${PARA}</p></article></main></body></html>`)).toBe(5);
  });

  it("follows the parser on shapes real pages use, within the html/head/body/tbody it adds itself", () => {
    const pages = [
      `<!DOCTYPE html><html><head><title>x</title><meta charset="utf-8"><link rel=stylesheet href=a.css></head><body><div class="a"><p>${PARA}<br><img src="a.png"></p></div></body></html>`,
      `<body><div>${`<p>${PARA}`.repeat(300)}</div></body>`,
      `<ul>${`<li>${PARA}`.repeat(300)}</ul>`,
      `<dl>${`<dt>term<dd>${PARA}`.repeat(100)}</dl>`,
      `<table>${`<tr><td>${PARA}<td>more`.repeat(100)}</table>`,
      `<select>${"<option>one".repeat(200)}</select>`,
      `<p>${PARA}<div>block</div><p>${PARA}<section><p>inner</section>`,
      `<svg>${'<path d="M0 0"/>'.repeat(300)}</svg><p>${PARA}</p>`,
      `<script>${"<div>".repeat(500)}</script><style>${"<div>".repeat(500)}</style><p>${PARA}</p>`,
      `<!-- ${"<div>".repeat(500)} --><p>${PARA}</p><textarea>${"<div>".repeat(500)}</textarea>`,
    ];
    for (const html of pages) {
      const measured = measureHtmlNesting(html);
      const parsed = parsedDepth(html);
      expect(measured, html.slice(0, 60)).toBeLessThanOrEqual(parsed);
      expect(measured, html.slice(0, 60)).toBeGreaterThanOrEqual(parsed - 3);
    }
  });

  it("counts a slash on an HTML element as the parser does: it does not close it", () => {
    expect(measureHtmlNesting("<div/>".repeat(300))).toBe(300);
    expect(parsedDepth("<div/>".repeat(300))).toBeGreaterThanOrEqual(300);
  });

  it("stops scanning as soon as the depth passes the bound", () => {
    expect(measureHtmlNesting(`${"<div>".repeat(50_000)}${PARA}`, 256)).toBe(257);
  });
});

describe("refusing deep HTML before any DOM is built", () => {
  it("throws a limit error naming the file and the limit", () => {
    const deep = `<html><body>${"<div>".repeat(2_000)}<p>${PARA}</p>${"</div>".repeat(2_000)}</body></html>`;
    expect(() => assertHtmlNestingWithin("deep.html", deep, 256)).toThrow(ArticleLimitError);
    expect(() => assertHtmlNestingWithin("deep.html", deep, 256)).toThrow(/deep\.html: .*limit of 256 levels/);
  });

  it("refuses 50,000 levels (which overflowed the stack) with the limit error, not a RangeError", () => {
    const deeper = `${"<div>".repeat(50_000)}<p>${PARA}</p>`;
    let thrown: unknown;
    try {
      htmlToArticleText(deeper, undefined, { label: "deeper.html" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ArticleLimitError);
    expect((thrown as ArticleLimitError).limit).toBe("nesting");
  });

  it("still reduces a page nested within the limit", () => {
    const page = `<html><body>${"<div>".repeat(40)}<article><p>${PARA}</p><p>${PARA}</p></article>${"</div>".repeat(40)}</body></html>`;
    expect(htmlToArticleText(page).text).toContain("river crested overnight");
  });
});
