import { createClient } from "@libsql/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAllRows, useThrowawayDatabase } from "./test-database";

// One event told by two outlets that disagree on a number, and an unrelated event.
const FLOOD = [
  "Flooding on the Varna river forced 1,200 residents of Tollbridge from their homes on Tuesday, county officials said.\n\n" +
    "“The water rose faster than anyone here remembers,” said Helga Marsh, the county emergency coordinator.\n\n" +
    "The Tollbridge school gym opened as a shelter for the evacuated families.",
  "Flooding on the Varna river forced 1,500 residents of Tollbridge from their homes on Tuesday, according to Helga Marsh, the county emergency coordinator.\n\n" +
    "Volunteers filled sandbags outside the Tollbridge school gym, which now shelters the evacuated families.",
];
const TRIAL = "A jury in Calder found the former city treasurer Piet Vanloon guilty of fraud on Thursday after a six-week trial.\n\n" +
  "Vanloon, 58, will be sentenced in May, Judge Rosa Ibarra told the Calder court.";

let databaseUrl: string;
let db: typeof import("../../lib/db/client");
let comparison: typeof import("../../lib/db/write-comparison");
let edits: typeof import("../../lib/use-cases/story-edits");
let kit: typeof import("../../lib/use-cases/story-write-kit");
let manual: typeof import("../../lib/db/manual-discrepancies");
let analyzeArticle: typeof import("../../lib/analysis").analyzeArticle;
let storeAnalysedArticle: typeof import("../../lib/articles/ingest-article").storeAnalysedArticle;
const stored: Array<{ id: string; storyId: string }> = [];

beforeAll(async () => {
  databaseUrl = await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  comparison = await import("../../lib/db/write-comparison");
  edits = await import("../../lib/use-cases/story-edits");
  kit = await import("../../lib/use-cases/story-write-kit");
  manual = await import("../../lib/db/manual-discrepancies");
  ({ analyzeArticle } = await import("../../lib/analysis"));
  ({ storeAnalysedArticle } = await import("../../lib/articles/ingest-article"));
  for (const [index, text] of [...FLOOD, TRIAL].entries()) stored.push(await storeAnalysedArticle(text, `article-${index}.txt`, analyzeArticle(text)));
});
afterAll(async () => db.disconnectPrisma());

/** Every row a story's comparison derived, ordered, without timestamps. */
async function derivedRows(storyId: string) {
  const prisma = db.getPrisma();
  const ofStory = { source: { storyId } };
  return {
    entities: await prisma.entity.findMany({ where: { storyId }, include: { aliases: { orderBy: { id: "asc" } } }, orderBy: { id: "asc" } }),
    mentions: await prisma.mention.findMany({ where: ofStory, orderBy: { id: "asc" } }),
    quotes: await prisma.quote.findMany({ where: ofStory, orderBy: { id: "asc" } }),
    claims: await prisma.claim.findMany({ where: ofStory, orderBy: { id: "asc" } }),
    groups: await prisma.claimGroup.findMany({ where: { storyId }, orderBy: { id: "asc" } }),
    clusters: await prisma.quoteCluster.findMany({ where: { storyId }, orderBy: { id: "asc" } }),
    citations: await prisma.citation.findMany({ where: ofStory, orderBy: { id: "asc" } }),
    discrepancies: await prisma.discrepancy.findMany({ where: { storyId }, include: { items: { orderBy: { id: "asc" } } }, orderBy: { id: "asc" } }),
  };
}

/** Sources compared so far, as a second connection (another process) sees them: only what was committed. */
async function countComparedElsewhere(): Promise<number> {
  const sql = `SELECT COUNT(*) AS "n" FROM "Source" WHERE "comparedAt" IS NOT NULL`;
  if (databaseUrl.startsWith("file:")) {
    const other = createClient({ url: databaseUrl });
    try {
      return Number((await other.execute(sql)).rows[0].n);
    } finally {
      other.close();
    }
  }
  const other = new pg.Client({ connectionString: databaseUrl });
  await other.connect();
  try {
    return Number((await other.query<{ n: string }>(sql)).rows[0].n);
  } finally {
    await other.end();
  }
}

const recompute = (storyId: string) =>
  db.getPrisma().$transaction((tx) => comparison.recomputeStory(tx, storyId, kit.STORY_WRITE_KIT.compare));

describe("recomputing a story", () => {
  it("replaces its derived rows with the same rows, and leaves other stories alone", async () => {
    const [flood, , trial] = stored;
    expect(stored[1].storyId).toBe(flood.storyId);
    expect(trial.storyId).not.toBe(flood.storyId);
    const before = { flood: await derivedRows(flood.storyId), trial: await derivedRows(trial.storyId), counts: await countAllRows() };
    expect(before.flood.claims.length).toBeGreaterThan(0);
    expect(before.flood.discrepancies.length).toBeGreaterThan(0);
    await recompute(flood.storyId);
    expect(await derivedRows(flood.storyId)).toEqual(before.flood);
    expect(await derivedRows(trial.storyId)).toEqual(before.trial);
    expect(await countAllRows()).toEqual(before.counts);
  });

  it("keeps a reviewer's flag while two of its spans stay in the story, and drops it when one leaves", async () => {
    const prisma = db.getPrisma();
    const [first, second] = stored;
    const claimOf = async (sourceId: string) => (await prisma.claim.findFirstOrThrow({ where: { sourceId }, orderBy: { start: "asc" }, select: { id: true } })).id;
    const flagged = await manual.createManualDiscrepancy({ claimIds: [await claimOf(first.id), await claimOf(second.id)], kind: "conflict", status: "confirmed", note: "" });
    await recompute(first.storyId);
    expect(await prisma.discrepancy.findUnique({ where: { id: flagged }, select: { origin: true } })).toEqual({ origin: "manual" });
    await edits.moveArticles([second.id], { newStoryTitle: "Sandbags" });
    expect(await prisma.discrepancy.findUnique({ where: { id: flagged } })).toBeNull();
  });

  it("after a batch, compares every story holding an article not yet compared, a few stories per transaction", async () => {
    const prisma = db.getPrisma();
    const titles = Array.from({ length: 23 }, (_, n) => `Batch story ${n}`);
    for (const [n, storyTitle] of titles.entries()) {
      const text = `Councillor Mara Quist said on Monday that ${n + 3} bridges in Eastvale need repair.`;
      await storeAnalysedArticle(text, `batch-${n}.txt`, analyzeArticle(text), undefined, { deferComparison: true, story: { storyTitle } });
    }
    expect(await prisma.source.count({ where: { comparedAt: null } })).toBe(titles.length);
    // what another process sees when the eleventh story's recomputation starts: the first ten are committed
    const seenElsewhere: number[] = [];
    const stop = comparison.observeComparisonRecomputations(async () => void seenElsewhere.push(await countComparedElsewhere()));
    expect(await edits.recomputeStaleStories()).toBe(titles.length);
    stop();
    expect(seenElsewhere).toHaveLength(titles.length);
    expect(seenElsewhere[10] - seenElsewhere[0]).toBe(10);
    expect(seenElsewhere[9]).toBe(seenElsewhere[0]);
    expect(await prisma.source.count({ where: { comparedAt: null } })).toBe(0);
    expect(await prisma.claim.count({ where: { source: { story: { title: { in: titles } } } } })).toBeGreaterThanOrEqual(titles.length);
  });
});
