import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { pdfText } from "../support/pdf-text";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "./test-database";
import type { TFactSheet } from "../../lib/schemas/fact-sheet";

let db: typeof import("../../lib/db/client");
let sheet: TFactSheet;
let exporters: typeof import("../../lib/export/serialize-fact-sheet");
let filters: typeof import("../../lib/export/filter-fact-sheet");
let confirmedId: string;
let dismissedId: string;


beforeAll(async () => {
  await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  const { ingestArticleText } = await import("../../lib/articles/ingest-article");
  for (const file of readdirSync("seeds").sort()) await ingestArticleText(readFileSync(path.join("seeds", file), "utf8"), file);
  const { findDiscrepancyPage } = await import("../../lib/db/discrepancies");
  const { upsertReview } = await import("../../lib/db/reviews");
  const [first, second] = (await findDiscrepancyPage({ pageSize: 2 })).rows;
  confirmedId = first.id;
  dismissedId = second.id;
  await upsertReview({ targetType: "discrepancy", targetId: confirmedId, status: "confirmed", note: "=HYPERLINK(\"x\") checked" });
  await upsertReview({ targetType: "discrepancy", targetId: dismissedId, status: "dismissed", note: "" });
  const { loadFactSheetData } = await import("../../lib/db/fact-sheet-data");
  const { buildFactSheet } = await import("../../lib/export/build-fact-sheet");
  sheet = buildFactSheet(await loadFactSheetData());
  exporters = await import("../../lib/export/serialize-fact-sheet");
  filters = await import("../../lib/export/filter-fact-sheet");
});
afterAll(async () => db.disconnectPrisma());

describe("fact sheet formats from the same data", () => {
  it("CSV parses back to one row per claim (per discrepancy), with exact excerpts and guarded formulas", async () => {
    const csv = String(await exporters.serializeFactSheet(sheet, "csv"));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows: Array<Record<string, string>> = parseCsv(csv.slice(1), { columns: true });
    const claimIds = new Set(rows.map((r) => r.claim_id));
    expect(claimIds).toEqual(new Set(sheet.claims.map((c) => c.id)));
    const texts = new Map(sheet.sources.map((s) => [s.id, s.text]));
    for (const row of rows) {
      expect(texts.get(row.source_id)!.slice(Number(row.start), Number(row.end))).toBe(row.excerpt.replace(/^'(?=[=+\-@])/, ""));
    }
    const confirmedRows = rows.filter((r) => r.discrepancy_id === confirmedId);
    if (confirmedRows.length) {
      expect(confirmedRows[0].review_status).toBe("confirmed");
      expect(confirmedRows[0].review_note.startsWith("'=HYPERLINK")).toBe(true);
    }
  });

  it("ClaimReview JSON-LD has one review per reviewed discrepancy, with ratings from the review status", async () => {
    const { ZClaimReviewDocument } = await import("../../lib/schemas/claim-review");
    const reviews = ZClaimReviewDocument.parse(JSON.parse(String(await exporters.serializeFactSheet(sheet, "claimreview"))));
    expect(reviews.map((r) => r["@id"]).sort()).toEqual([`#${confirmedId}`, `#${dismissedId}`].sort());
    const confirmed = reviews.find((r) => r["@id"] === `#${confirmedId}`)!;
    expect(confirmed.reviewRating.alternateName).toMatch(/^Confirmed/);
    expect(confirmed.claimReviewed.length).toBeLessThan(75);
    const d = sheet.discrepancies.find((x) => x.id === confirmedId)!;
    expect(confirmed.itemReviewed.appearance.map((a) => a.text)).toEqual(d.items.map((i) => i.excerpt));
  });

  it("the PDF's extracted text carries the discrepancies, review statuses and sources", async () => {
    const pdf = await exporters.serializeFactSheet(sheet, "pdf");
    expect(Buffer.isBuffer(pdf)).toBe(true);
    const text = await pdfText(pdf as Buffer);
    expect(text).toContain("Fact sheet");
    expect(text).toContain("review: confirmed");
    expect(text).toContain("review: dismissed");
    expect(text).toContain("Latin Post");
    expect(text).toContain("Bárcena");
  });

  it("options narrow every format: only confirmed items, one entity, one outlet", async () => {
    const confirmedOnly = filters.filterFactSheet(sheet, { onlyConfirmed: true });
    expect(confirmedOnly.discrepancies.map((d) => d.id)).toEqual([confirmedId]);
    const { ZFactSheet } = await import("../../lib/schemas/fact-sheet");
    expect(() => ZFactSheet.parse(confirmedOnly)).not.toThrow();

    const person = sheet.entities.find((e) => e.name.includes("Canseco"))!;
    const aboutPerson = filters.filterFactSheet(sheet, { onlyConfirmed: false, entityId: person.id });
    expect(aboutPerson.claims.length).toBeGreaterThan(0);
    expect(aboutPerson.claims.every((c) => c.subjectEntityId === person.id)).toBe(true);
    expect(() => ZFactSheet.parse(aboutPerson)).not.toThrow();

    const cnnOnly = filters.filterFactSheet(sheet, { onlyConfirmed: false, outlet: "cnn" });
    const cnn = sheet.sources.find((s) => s.outlet === "CNN")!;
    expect(cnnOnly.claims.every((c) => c.sourceId === cnn.id)).toBe(true);
    expect(cnnOnly.quotes.every((q) => q.sourceId === cnn.id)).toBe(true);
    const csv = String(await exporters.serializeFactSheet(cnnOnly, "csv"));
    const rows: Array<Record<string, string>> = parseCsv(csv.slice(1), { columns: true });
    expect(new Set(rows.map((r) => r.outlet))).toEqual(new Set(["CNN"]));
  });
});
