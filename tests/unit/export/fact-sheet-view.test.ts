import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildFactSheet, type TFactSheetInput } from "../../../lib/export/build-fact-sheet";
import { FactSheetView } from "../../../components/fact-sheet-view";

const text = "“It is barbarism,” Roberto Canseco told reporters.";
const quoteText = "It is barbarism,";

/** One source that prints the same quote `n` times over (offsets stay true to the stored text). */
function sheetWithQuotes(n: number) {
  const body = Array.from({ length: n }, () => text).join("\n\n");
  const quotes = Array.from({ length: n }, (_, i) => {
    const start = i * (text.length + 2) + 1;
    return { id: `quo_${i}`, sourceId: "src_1", speaker: "Roberto Canseco", speakerEntityId: null, text: quoteText, start, end: start + quoteText.length, isPartial: false, clusterId: null };
  });
  const input: TFactSheetInput = {
    story: null,
    stories: [{ id: "sty_1", title: "A story" }],
    sources: [{ id: "src_1", outlet: "The Independent", title: null, byline: null, publishedAt: null, url: null, file: "a.txt", text: body, storyId: "sty_1" }],
    entities: [], quotes, claims: [], groups: [], discrepancies: [], quoteClusters: [], citations: [], reviews: [],
  };
  return buildFactSheet(input);
}

describe("the printable fact sheet page", () => {
  it("lists every quote of a small sheet", () => {
    const html = renderToStaticMarkup(createElement(FactSheetView, { sheet: sheetWithQuotes(3) }));
    expect(html.match(/It is barbarism/g)).toHaveLength(3);
    expect(html).not.toContain("Showing");
  });

  it("lists the first 150 quotes of a large one and says the downloads carry the rest", () => {
    const html = renderToStaticMarkup(createElement(FactSheetView, { sheet: sheetWithQuotes(400) }));
    expect(html.match(/It is barbarism/g)).toHaveLength(150);
    expect(html).toContain("Showing 150 of 400 quotes; the downloads carry all of them.");
  });
});
