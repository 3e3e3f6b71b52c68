import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "./test-database";

// Two invented events, two outlets each; both name one official, so the same name lives in two stories.
const article = (outlet: string, ...paragraphs: string[]) => [`---`, `outlet: ${outlet}`, `---`, "", ...paragraphs].join("\n\n");
const FLOOD = [
  article(
    "Harbour Courier",
    "Flooding on the Varna river forced 1,200 residents of Tollbridge from their homes on Tuesday, county officials said.",
    "“The water rose faster than anyone here remembers,” said Helga Marsh, the county emergency coordinator.",
    "Governor Ansel Brook visited the Tollbridge school gym, which opened as a shelter for the evacuated families.",
  ),
  article(
    "Valley Ledger",
    "Flooding on the Varna river forced 1,500 residents of Tollbridge from their homes on Tuesday, according to Helga Marsh, the county emergency coordinator.",
    "Governor Ansel Brook thanked volunteers who filled sandbags outside the Tollbridge school gym.",
  ),
];
const TRIAL = [
  article(
    "Calder Daily",
    "A jury in Calder found the former city treasurer Piet Vanloon guilty of fraud on Thursday after a six-week trial.",
    "Vanloon, 58, will be sentenced in May, Judge Rosa Ibarra told the Calder court. Governor Ansel Brook declined to comment.",
  ),
  article(
    "Northern Wire",
    "Former Calder treasurer Piet Vanloon was convicted of fraud by a jury on Thursday.",
    "Vanloon, 61, faces up to ten years in prison, prosecutors said. Governor Ansel Brook declined to comment.",
  ),
];

let db: typeof import("../../lib/db/client");
let stories: typeof import("../../lib/db/stories");
let pools: typeof import("../../lib/articles/analysis-pool");
let floodId = "";
let trialId = "";

beforeAll(async () => {
  await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  stories = await import("../../lib/db/stories");
  pools = await import("../../lib/articles/analysis-pool");
  const { ingestArticleText } = await import("../../lib/articles/ingest-article");
  floodId = (await ingestArticleText(FLOOD[0], "flood-1.txt", undefined, { story: { storyTitle: "River flood" } })).storyId;
  await ingestArticleText(FLOOD[1], "flood-2.txt", undefined, { story: { storyId: floodId } });
  trialId = (await ingestArticleText(TRIAL[0], "trial-1.txt", undefined, { story: { storyTitle: "Treasurer trial" } })).storyId;
  await ingestArticleText(TRIAL[1], "trial-2.txt", undefined, { story: { storyId: trialId } });
});
afterAll(async () => {
  await pools.closeAnalysisPool();
  await db.disconnectPrisma();
});

describe("the story list", () => {
  it("lists stories most recently changed first, with outlets, article counts and discrepancies", async () => {
    const page = await stories.listStories({});
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.title)).toEqual(["Treasurer trial", "River flood"]);
    const trial = page.rows[0];
    expect(trial.articleCount).toBe(2);
    expect(trial.outlets).toEqual(["Calder Daily", "Northern Wire"]);
    expect(trial.unnamedCount).toBe(0);
    const { countDiscrepancies } = await import("../../lib/db/discrepancies");
    for (const row of page.rows) {
      const counted = await countDiscrepancies(row.id);
      expect(row.discrepancies.byKind).toEqual(counted.byKind);
      expect(row.discrepancies.total).toBe(counted.total);
      expect(row.discrepancies.unreviewed).toBe(counted.total);
    }
    expect(page.rows.some((r) => r.discrepancies.total > 0)).toBe(true);
  });

  it("finds stories by title or outlet, and pages them", async () => {
    expect((await stories.listStories({ query: "flood" })).rows.map((r) => r.id)).toEqual([floodId]);
    expect((await stories.listStories({ query: "Northern Wire" })).rows.map((r) => r.id)).toEqual([trialId]);
    expect((await stories.listStories({ query: "no such words" })).total).toBe(0);
    const first = await stories.listStories({ page: 1, pageSize: 1 });
    const second = await stories.listStories({ page: 2, pageSize: 1 });
    expect([first.pageCount, first.rows.length, second.rows.length]).toEqual([2, 1, 1]);
    expect(second.rows[0].id).not.toBe(first.rows[0].id);
  });

  it("counts a reviewed discrepancy out of the unreviewed ones", async () => {
    const prisma = db.getPrisma();
    const target = await prisma.discrepancy.findFirstOrThrow({ where: { storyId: floodId }, select: { id: true } });
    const before = (await stories.listStories({ query: "River flood" })).rows[0].discrepancies;
    await prisma.review.create({ data: { targetType: "discrepancy", targetId: target.id, status: "confirmed" } });
    const after = (await stories.listStories({ query: "River flood" })).rows[0].discrepancies;
    expect(after.unreviewed).toBe(before.unreviewed - 1);
    expect(after.total).toBe(before.total);
  });
});

describe("one story", () => {
  it("gets, renames and counts stories; no single story while there are two", async () => {
    expect((await stories.getStory(trialId))?.title).toBe("Treasurer trial");
    expect(await stories.getStory("sty_nothing")).toBeNull();
    expect(await stories.renameStory(trialId, "  Treasurer convicted ")).toBe(true);
    expect((await stories.getStory(trialId))?.title).toBe("Treasurer convicted");
    expect(await stories.renameStory("sty_nothing", "x")).toBe(false);
    expect(await stories.countStories()).toBe(2);
    expect(await stories.singleStoryId()).toBeNull();
    expect((await stories.listStoryChoices()).map((s) => s.id).sort()).toEqual([floodId, trialId].sort());
  });

  it("scopes every list and count to the story asked for", async () => {
    const prisma = db.getPrisma();
    const { countSources, listSources, listSourceLabels } = await import("../../lib/db/sources");
    const { findClaimGroups, countClaims } = await import("../../lib/db/claims");
    const { findDiscrepancyPage } = await import("../../lib/db/discrepancies");
    const { listQuoteClusters } = await import("../../lib/db/quote-clusters");
    const { findCoverageBySource, findMatrixRows } = await import("../../lib/db/matrix");
    const { listEntities } = await import("../../lib/db/entities");
    const floodSources = new Set((await prisma.source.findMany({ where: { storyId: floodId }, select: { id: true } })).map((s) => s.id));
    expect([await countSources(floodId), await countSources()]).toEqual([2, 4]);
    expect((await listSources(null, floodId)).map((s) => s.id).sort()).toEqual([...floodSources].sort());
    expect((await listSourceLabels(trialId)).every((s) => !floodSources.has(s.id))).toBe(true);
    const groups = await findClaimGroups({ storyId: floodId, pageSize: 200 });
    expect(groups.total).toBeGreaterThan(0);
    for (const g of groups.rows) for (const c of g.claims) expect(floodSources.has(c.sourceId)).toBe(true);
    expect(groups.total + (await findClaimGroups({ storyId: trialId })).total).toBe((await findClaimGroups()).total);
    const counts = await countClaims(floodId);
    expect(counts.claims).toBe(await prisma.claim.count({ where: { sourceId: { in: [...floodSources] } } }));
    expect(counts.entities).toBe(await prisma.entity.count({ where: { storyId: floodId } }));
    for (const d of (await findDiscrepancyPage({ storyId: trialId, pageSize: 200 })).rows) for (const i of d.items) expect(floodSources.has(i.sourceId)).toBe(false);
    for (const c of await listQuoteClusters(floodId)) for (const q of c.quotes) expect(floodSources.has(q.sourceId)).toBe(true);
    const coverage = await findCoverageBySource(floodId);
    expect(coverage.total).toBe((await findMatrixRows({ storyId: floodId })).total);
    expect([...coverage.bySource.keys()].every((id) => floodSources.has(id))).toBe(true);
    expect((await listEntities({ storyId: trialId })).every((e) => e.story.id === trialId)).toBe(true);
  });

  it("finds the entity of the same name in the other story", async () => {
    const { findSameEntityInOtherStories, findEntityCoverage, getEntityHeader } = await import("../../lib/db/entities");
    const governor = await db.getPrisma().entity.findFirstOrThrow({ where: { storyId: floodId, name: { contains: "Ansel Brook" } }, select: { id: true } });
    const header = (await getEntityHeader(governor.id))!;
    expect(header.story.id).toBe(floodId);
    const others = await findSameEntityInOtherStories(header);
    expect(others.map((o) => o.story.id)).toEqual([trialId]);
    expect(others[0].sourceCount).toBe(2);
    const coverage = await findEntityCoverage(governor.id);
    expect([coverage.namingTotal, coverage.sourceTotal]).toEqual([2, 2]);
  });

  it("names the single story once the other is merged into it", async () => {
    const { mergeStories } = await import("../../lib/use-cases/story-edits");
    await mergeStories(trialId, floodId);
    expect(await stories.singleStoryId()).toBe(floodId);
    expect((await stories.listStories({})).rows[0].articleCount).toBe(4);
  });
});
