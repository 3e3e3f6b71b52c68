import { describe, expect, it } from "vitest";
import { buildFactSheet, type TFactSheetInput } from "../../../lib/export/build-fact-sheet";
import { filterFactSheet } from "../../../lib/export/filter-fact-sheet";
import { renderFactSheetMarkdown } from "../../../lib/export/render-markdown";

const text =
  "“This is not possible. It cannot be. This is crazy,” Roberto Canseco, head of the Mexican consular section in Quito, told local press.";

function input(overrides: Partial<TFactSheetInput> = {}): TFactSheetInput {
  const valueStart = text.indexOf("head of");
  const valueEnd = text.indexOf(", told");
  return {
    story: null,
    stories: [{ id: "sty_1", title: "A story" }],
    sources: [{ id: "src_1", outlet: "The Independent", title: null, byline: null, publishedAt: "2024-04-06", url: null, file: "003.txt", text, storyId: "sty_1" }],
    entities: [{ id: "ent_1", name: "Roberto Canseco", type: "person", aliases: [{ alias: "Roberto Canseco" }] }],
    quotes: [{ id: "quo_1", sourceId: "src_1", speaker: "Roberto Canseco", speakerEntityId: "ent_1", text: "This is not possible. It cannot be. This is crazy,", start: 1, end: 51, isPartial: false, clusterId: null }],
    claims: [{
      id: "clm_1", sourceId: "src_1", subjectEntityId: "ent_1", subject: "Roberto Canseco", attribute: "role",
      value: text.slice(valueStart, valueEnd), text, start: 0, end: text.length, valueStart, valueEnd, isCaption: false, groupId: "grp_1", resolvedDate: null,
    }],
    groups: [{ id: "grp_1", subjectEntityId: "ent_1", subject: "Roberto Canseco", attribute: "role", label: "head of consular section", agreement: "single", claims: [{ id: "clm_1" }] }],
    discrepancies: [],
    quoteClusters: [],
    citations: [],
    reviews: [{ targetType: "claimGroup", targetId: "grp_1", status: "confirmed", note: "ok", updatedAt: new Date("2026-01-02T00:00:00Z") }],
    ...overrides,
  };
}

describe("buildFactSheet", () => {
  it("shapes rows into the documented contract with review statuses", () => {
    const sheet = buildFactSheet(input(), new Date("2026-01-01T00:00:00Z"));
    expect(sheet.generatedAt).toBe("2026-01-01T00:00:00.000Z");
    expect(sheet.claimGroups[0]).toMatchObject({ claimIds: ["clm_1"], reviewStatus: "confirmed", reviewNote: "ok" });
    expect(sheet.entities[0].aliases).toEqual(["Roberto Canseco"]);
  });

  it("keeps every entity when nothing narrows the sheet, also one that no claim or quote is about", () => {
    const entities = [...input().entities, { id: "ent_2", name: "Ana Vega", type: "person", aliases: [] }];
    const sheet = buildFactSheet(input({ entities }));
    expect(filterFactSheet(sheet, { onlyConfirmed: false }).entities.map((e) => e.id)).toEqual(["ent_1", "ent_2"]);
    expect(filterFactSheet(sheet, { onlyConfirmed: false, entityId: "ent_1" }).entities.map((e) => e.id)).toEqual(["ent_1"]);
  });

  it("refuses a quote whose offsets do not point at its words", () => {
    const bad = input();
    bad.quotes[0] = { ...bad.quotes[0], start: 2 };
    expect(() => buildFactSheet(bad)).toThrow(/offsets 2..51 do not match/);
  });
});

describe("renderFactSheetMarkdown", () => {
  it("cites the outlet, the exact excerpt and its offsets", () => {
    const markdown = renderFactSheetMarkdown(buildFactSheet(input()));
    expect(markdown).toContain("## Quotes");
    expect(markdown).toContain("- Roberto Canseco: “This is not possible. It cannot be. This is crazy,” (The Independent, src_1 chars 1–51)");
    expect(markdown).toContain("No discrepancies were found between the sources.");
    expect(markdown).toContain("- **The Independent** (src_1): 2024-04-06 · file 003.txt");
  });
});
