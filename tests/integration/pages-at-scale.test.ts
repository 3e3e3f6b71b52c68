import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "./test-database";

// Sixty articles recombined from the seeds: enough for facts that more outlets report than a row or
// a card shows, so the pages' caps and counts are exercised on a real database.
const ARTICLES = 60;

let db: typeof import("../../lib/db/client");

beforeAll(async () => {
  await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  const { generateCorpus } = await import("../../lib/bench/generate-corpus");
  const { ingestArticleText } = await import("../../lib/articles/ingest-article");
  const { recomputeStaleStories } = await import("../../lib/use-cases/story-edits");
  const seeds = readdirSync("seeds").sort().map((f) => readFileSync(path.join("seeds", f), "utf8"));
  // one event recombined: one story, as the entity page counts every article
  for (const article of generateCorpus(seeds, ARTICLES)) await ingestArticleText(article.text, article.fileName, undefined, { deferComparison: true, story: { storyTitle: "Generated corpus" } });
  await recomputeStaleStories();
}, 180_000);
afterAll(async () => db.disconnectPrisma());

describe("list pages read one page at a time", () => {
  it("/claims rows carry at most the first claims of a group and the group's true claim count", async () => {
    const { findClaimGroups, MAX_CLAIMS_PER_ROW } = await import("../../lib/db/claims");
    const prisma = db.getPrisma();
    const first = await findClaimGroups({ onlyShared: true, page: 1 });
    expect(first.rows).toHaveLength(first.pageSize);
    expect(first.total).toBe(await prisma.claimGroup.count({ where: { sourceCount: { gte: 2 } } }));
    for (const row of first.rows) {
      expect(row.claims.length).toBeLessThanOrEqual(MAX_CLAIMS_PER_ROW);
      expect(row.claimCount).toBe(await prisma.claim.count({ where: { groupId: row.id } }));
    }
    expect(first.rows.some((row) => row.claimCount > row.claims.length)).toBe(true);
    const second = await findClaimGroups({ onlyShared: true, page: 2 });
    const firstIds = new Set(first.rows.map((r) => r.id));
    expect(second.rows.some((r) => firstIds.has(r.id))).toBe(false);
  });

  it("/discrepancies pages hold distinct cards, each with its first items and its true item count", async () => {
    const { findDiscrepancyPage, MAX_ITEMS_PER_CARD } = await import("../../lib/db/discrepancies");
    const prisma = db.getPrisma();
    const total = await prisma.discrepancy.count();
    const pages = [];
    for (let page = 1; ; page++) {
      const result = await findDiscrepancyPage({ page, pageSize: 7 });
      expect(result.total).toBe(total);
      pages.push(...result.rows);
      if (page >= result.pageCount) break;
    }
    expect(new Set(pages.map((d) => d.id)).size).toBe(total);
    for (const card of pages) {
      expect(card.items.length).toBeLessThanOrEqual(MAX_ITEMS_PER_CARD);
      expect(card.itemCount).toBe(await prisma.discrepancyItem.count({ where: { discrepancyId: card.id } }));
    }
    expect(pages.some((card) => card.itemCount > card.items.length)).toBe(true);
  });

  it("filters /discrepancies by review state however many reviews there are", async () => {
    const { findDiscrepancyPage } = await import("../../lib/db/discrepancies");
    const prisma = db.getPrisma();
    const all = await prisma.discrepancy.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const confirmed = all.slice(0, 3).map((d) => d.id);
    const dismissed = all.slice(3, 5).map((d) => d.id);
    // Reviews outlive the discrepancies they name (a recomputation may drop one): 1,500 such reviews as well.
    const stale = Array.from({ length: 1_500 }, (_, i) => ({ targetType: "discrepancy", targetId: `dis_${i.toString(16).padStart(8, "0")}`, status: "dismissed" }));
    await prisma.review.createMany({ data: [...confirmed.map((targetId) => ({ targetType: "discrepancy", targetId, status: "confirmed" })), ...dismissed.map((targetId) => ({ targetType: "discrepancy", targetId, status: "dismissed" })), ...stale] });
    try {
      const unreviewed = await findDiscrepancyPage({ status: "unreviewed", pageSize: 200 });
      expect(unreviewed.total).toBe(all.length - 5);
      expect(unreviewed.rows.some((d) => confirmed.includes(d.id) || dismissed.includes(d.id))).toBe(false);
      expect(unreviewed.rows.every((d) => d.review.status === "unreviewed")).toBe(true);
      const onlyConfirmed = await findDiscrepancyPage({ status: "confirmed" });
      expect(onlyConfirmed.rows.map((d) => d.id).sort()).toEqual(confirmed);
      expect((await findDiscrepancyPage({ status: "dismissed" })).total).toBe(2);
      const omissions = await findDiscrepancyPage({ status: "unreviewed", kind: "omission", pageSize: 200 });
      expect(omissions.total).toBe(await prisma.discrepancy.count({ where: { kind: "omission", id: { notIn: [...confirmed, ...dismissed] } } }));
      expect(omissions.rows.every((d) => d.kind === "omission")).toBe(true);
    } finally {
      await prisma.review.deleteMany({});
    }
  });

  it("an entity page lists the sources that name the entity a page at a time, with only what concerns it", async () => {
    const { findEntityCoverage } = await import("../../lib/db/entities");
    const prisma = db.getPrisma();
    const top = await prisma.mention.groupBy({ by: ["entityId"], _count: { _all: true }, orderBy: { _count: { entityId: "desc" } }, take: 1 });
    const id = top[0].entityId;
    const first = await findEntityCoverage(id, { page: 1, pageSize: 10 });
    expect(first.sourceTotal).toBe(ARTICLES);
    expect(first.namingTotal).toBeGreaterThan(10);
    expect(first.sources).toHaveLength(10);
    const seen = new Set<string>();
    for (let page = 1; page <= first.pageCount; page++) {
      for (const source of (await findEntityCoverage(id, { page, pageSize: 10 })).sources) {
        expect(seen.has(source.id)).toBe(false);
        seen.add(source.id);
        expect(source.claims.every((c) => c.sourceId === source.id)).toBe(true);
        expect(source.mentions.length).toBe(await prisma.mention.count({ where: { entityId: id, sourceId: source.id } }));
      }
    }
    expect(seen.size).toBe(first.namingTotal);
  });

  it("/compare reads only the shown outlets' claims and excerpts, and keeps the same rows and cells", async () => {
    const { findMatrixRows } = await import("../../lib/db/matrix");
    const { cellState } = await import("../../lib/format/matrix-cell");
    const columns = (await db.getPrisma().source.findMany({ take: 5, orderBy: { id: "asc" }, select: { id: true } })).map((s) => s.id);
    const everything = await findMatrixRows({ page: 1, pageSize: 20 });
    const shown = await findMatrixRows({ page: 1, pageSize: 20, sourceIds: columns });
    expect(shown.rows.map((r) => r.id)).toEqual(everything.rows.map((r) => r.id));
    expect(shown.total).toBe(everything.total);
    expect(everything.rows.some((r) => r.claims.some((c) => !columns.includes(c.sourceId)))).toBe(true);
    shown.rows.forEach((row, index) => {
      expect(row.claims.every((c) => columns.includes(c.sourceId))).toBe(true);
      expect(row.discrepancies.flatMap((d) => d.items).every((i) => columns.includes(i.sourceId))).toBe(true);
      for (const id of columns) expect(cellState(row, id)).toBe(cellState(everything.rows[index], id));
    });
  });

  it("/compare's coverage, counted in the database, is the matrix's cell states summed over every shared fact", async () => {
    const { coverageOf, findCoverageBySource, findMatrixRows } = await import("../../lib/db/matrix");
    const { cellState } = await import("../../lib/format/matrix-cell");
    const sourceIds = (await db.getPrisma().source.findMany({ select: { id: true } })).map((s) => s.id);
    const facts = (await findMatrixRows({ page: 1, pageSize: 100_000 })).rows;
    const coverage = await findCoverageBySource();
    expect(coverage.total).toBe(facts.length);
    for (const id of sourceIds) {
      const expected = { agree: 0, variant: 0, conflict: 0, missing: 0, single: 0 };
      for (const fact of facts) expected[cellState(fact, id)]++;
      expect(coverageOf(coverage, id)).toEqual(expected);
    }
    const summed = [...coverage.bySource.values()];
    expect(summed.some((c) => c.conflict > 0) && summed.some((c) => c.variant > 0) && summed.some((c) => c.missing > 0)).toBe(true);
  });

  it("labels every source while there are few columns, and only the named ones past that", async () => {
    const { findSourceColumns } = await import("../../lib/db/sources");
    const some = (await db.getPrisma().source.findMany({ take: 3, select: { id: true } })).map((s) => s.id);
    const all = await findSourceColumns(some, ARTICLES);
    expect(all.total).toBe(ARTICLES);
    expect(all.columns).toHaveLength(ARTICLES);
    const named = await findSourceColumns([...some, some[0]], 10);
    expect(named.columns.map((c) => c.id).sort()).toEqual([...some].sort());
  });
});
