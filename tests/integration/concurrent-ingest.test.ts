import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAllRows, useThrowawayDatabase } from "./test-database";

let route: typeof import("../../app/api/sources/route");
let db: typeof import("../../lib/db/client");
let sources: typeof import("../../lib/db/sources");
let comparison: typeof import("../../lib/db/write-comparison");
let pools: typeof import("../../lib/articles/analysis-pool");

// Six outlets on one invented event, disagreeing on the toll and the day, so the comparison has conflicts to find.
const OUTLETS = ["Kellby Post", "Quay Weekly", "Northern Wire", "Valley Courier", "Harbour Daily", "Coast Radio"];
const ARTICLES = OUTLETS.map((outlet, i) => ({
  outlet,
  published: "2031-03-0" + (4 + (i % 2)),
  text: [
    `A fire at the Brennholt grain store in Kellby injured ${3 + (i % 3)} workers on ${i % 2 ? "Monday" : "Sunday"}, officials said.`,
    `“The roof came down within minutes,” said Anika Solberg, the site manager, who told ${outlet} that ${40 + i * 5} tonnes of wheat were lost.`,
    `Fire chief Tomas Ekdal said crews from ${2 + (i % 2)} stations fought the blaze for ${5 + (i % 4)} hours.`,
  ].join("\n\n"),
}));
const N = ARTICLES.length;

function post(article: (typeof ARTICLES)[number]) {
  return route.POST(new Request("http://test/api/sources", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(article) }));
}

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 6_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error("the condition never held");
}

/** Everything the comparison derives, by content-hashed id, so two databases can be compared. */
async function snapshotComparison() {
  const prisma = db.getPrisma();
  return {
    stale: await prisma.source.count({ where: { comparedAt: null } }),
    entities: await prisma.entity.findMany({ select: { id: true, name: true, type: true }, orderBy: { id: "asc" } }),
    claims: await prisma.claim.findMany({ select: { id: true, groupId: true, subjectEntityId: true, value: true }, orderBy: { id: "asc" } }),
    groups: await prisma.claimGroup.findMany({ select: { id: true, agreement: true, label: true, sourceCount: true }, orderBy: { id: "asc" } }),
    discrepancies: await prisma.discrepancy.findMany({ select: { id: true, kind: true, severity: true, summary: true, _count: { select: { items: true } } }, orderBy: { id: "asc" } }),
    quotes: await prisma.quote.findMany({ select: { id: true, speakerEntityId: true, clusterId: true }, orderBy: { id: "asc" } }),
  };
}

beforeAll(async () => {
  await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  sources = await import("../../lib/db/sources");
  comparison = await import("../../lib/db/write-comparison");
  pools = await import("../../lib/articles/analysis-pool");
  route = await import("../../app/api/sources/route");
});
afterAll(async () => {
  await pools.closeAnalysisPool();
  await db.disconnectPrisma();
});

describe("concurrent submissions", () => {
  it("all store, share recomputations, and end with the comparison a sequential ingest gives", async () => {
    // Hold the first recomputation until every other submission waits for the next commit:
    // the coalescing is then observed by count, whatever the speed of the machine.
    let isFirst = true;
    const stopObserving = comparison.observeComparisonRecomputations(async (event) => {
      if (!isFirst) return;
      isFirst = false;
      await waitUntil(() => event.sources + sources.countWaitingWrites() === N);
    });
    const recomputedBefore = comparison.countComparisonRecomputations();
    const responses = await Promise.all(ARTICLES.map(post));
    stopObserving();
    const recomputations = comparison.countComparisonRecomputations() - recomputedBefore;

    expect(responses.map((r) => r.status)).toEqual(ARTICLES.map(() => 201));
    expect((await countAllRows()).sources).toBe(N);
    expect(recomputations).toBeLessThan(N);
    expect(recomputations).toBe(2);

    const concurrent = await snapshotComparison();
    expect(concurrent.stale).toBe(0);
    expect(concurrent.discrepancies.some((d) => d.kind === "conflict")).toBe(true);

    // The same articles one at a time, in the order the concurrent run stored them, into a new database.
    const order = await db.getPrisma().source.findMany({ select: { outlet: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    await db.disconnectPrisma();
    await useThrowawayDatabase();
    const recomputedBeforeSequential = comparison.countComparisonRecomputations();
    for (const { outlet } of order) expect((await post(ARTICLES.find((a) => a.outlet === outlet)!)).status).toBe(201);
    expect(comparison.countComparisonRecomputations() - recomputedBeforeSequential).toBe(N);
    expect(await snapshotComparison()).toEqual(concurrent);
  });
});
