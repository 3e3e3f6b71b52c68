import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAllRows, useThrowawayDatabase } from "./test-database";

const SEEDS = path.resolve("seeds");
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

let db: typeof import("../../lib/db/client");
let ingest: typeof import("../../lib/articles/ingest-article");

beforeAll(async () => {
  await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  ingest = await import("../../lib/articles/ingest-article");
});
afterAll(async () => db.disconnectPrisma());

async function ingestSeeds() {
  const outcomes = [];
  for (const file of seedFiles) outcomes.push(await ingest.ingestArticleText(readFileSync(path.join(SEEDS, file), "utf8"), file));
  return outcomes;
}

describe("ingesting the seed articles into a migrated SQLite database", () => {
  it("stores each article once with its derived records, and a second ingest changes nothing", async () => {
    const first = await ingestSeeds();
    expect(first.map((o) => o.created)).toEqual([true, true, true]);
    const before = await countAllRows();
    expect(before.sources).toBe(3);
    expect(before.quotes).toBeGreaterThan(5);
    expect(before.claims).toBeGreaterThan(5);
    expect(before.entities).toBeGreaterThan(5);

    const second = await ingestSeeds();
    expect(second.map((o) => o.created)).toEqual([false, false, false]);
    expect(second.map((o) => o.id)).toEqual(first.map((o) => o.id));
    expect(await countAllRows()).toEqual(before);
  });

  it("keeps every stored span equal to the slice of its source text", async () => {
    const prisma = db.getPrisma();
    const sources = new Map((await prisma.source.findMany({ select: { id: true, text: true } })).map((s) => [s.id, s.text]));
    const quotes = await prisma.quote.findMany();
    const claims = await prisma.claim.findMany();
    const items = await prisma.discrepancyItem.findMany();
    for (const q of quotes) expect(sources.get(q.sourceId)!.slice(q.start, q.end)).toBe(q.text);
    for (const c of claims) expect(sources.get(c.sourceId)!.slice(c.start, c.end)).toBe(c.text);
    for (const i of items) expect(sources.get(i.sourceId)!.slice(i.start, i.end)).toBe(i.excerpt);
  });

  it("resolves an undated outlet's 'Friday' against a dated outlet's dateline, and never against today", async () => {
    const prisma = db.getPrisma();
    const dates = await prisma.claim.findMany({ where: { attribute: "date" }, select: { value: true, resolvedDate: true, dateAnchor: true, source: { select: { outlet: true } } } });
    const cnnFriday = dates.find((d) => d.source.outlet === "CNN" && /Friday/.test(d.value));
    expect(cnnFriday).toMatchObject({ resolvedDate: "2024-04-05" });
    expect(cnnFriday?.dateAnchor).toMatch(/^other_source:src_/);
    const today = new Date().toISOString().slice(0, 10);
    expect(dates.every((d) => d.resolvedDate !== today)).toBe(true);
  });

  it("builds a fact sheet that validates against its schema", async () => {
    const { loadFactSheetData } = await import("../../lib/db/fact-sheet-data");
    const { buildFactSheet } = await import("../../lib/export/build-fact-sheet");
    const { ZFactSheet, findOffsetProblems } = await import("../../lib/schemas/fact-sheet");
    const sheet = buildFactSheet(await loadFactSheetData());
    expect(() => ZFactSheet.parse(sheet)).not.toThrow();
    expect(findOffsetProblems(sheet)).toEqual([]);
    expect(sheet.sources.map((s) => s.file)).toEqual(seedFiles);
  });

  it("keeps a review across a recomputation triggered by a new source, and removes a source's records on delete", async () => {
    const { upsertReview, findReviews } = await import("../../lib/db/reviews");
    const { findDiscrepancyPage } = await import("../../lib/db/discrepancies");
    const { removeArticle } = await import("../../lib/use-cases/story-edits");
    const [target] = (await findDiscrepancyPage({ pageSize: 1 })).rows;
    expect(target).toBeDefined();
    await upsertReview({ targetType: "discrepancy", targetId: target.id, status: "confirmed", note: "checked" });
    const extra = await ingest.ingestArticleText("Officials said the bridge reopened on Monday. “We are relieved,” said Maria Torres, a local shop owner.", "extra.txt");
    expect(extra.created).toBe(true);
    expect((await findReviews("discrepancy", [target.id])).get(target.id)?.status).toBe("confirmed");
    expect((await findDiscrepancyPage({ status: "confirmed" })).rows).toHaveLength(1);

    expect(await removeArticle(extra.id)).toBe(true);
    const prisma = db.getPrisma();
    expect(await prisma.quote.count({ where: { sourceId: extra.id } })).toBe(0);
    expect(await prisma.source.count()).toBe(3);
  });
});
