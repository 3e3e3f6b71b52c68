import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "./test-database";

// Two invented events, two outlets each; the outlets disagree on one number within each event.
const FLOOD = [
  {
    file: "flood-1.txt",
    text: [
      "Flooding on the Varna river forced 1,200 residents of Tollbridge from their homes on Tuesday, county officials said.",
      "“The water rose faster than anyone here remembers,” said Helga Marsh, the county emergency coordinator.",
      "The Tollbridge school gym opened as a shelter for the evacuated families.",
    ].join("\n\n"),
  },
  {
    file: "flood-2.txt",
    text: [
      "Flooding on the Varna river forced 1,500 residents of Tollbridge from their homes on Tuesday, according to Helga Marsh, the county emergency coordinator.",
      "Volunteers filled sandbags outside the Tollbridge school gym, which now shelters the evacuated families.",
    ].join("\n\n"),
  },
];
const TRIAL = [
  {
    file: "trial-1.txt",
    text: [
      "A jury in Calder found the former city treasurer Piet Vanloon guilty of fraud on Thursday after a six-week trial.",
      "Vanloon, 58, will be sentenced in May, Judge Rosa Ibarra told the Calder court.",
    ].join("\n\n"),
  },
  {
    file: "trial-2.txt",
    text: [
      "Former Calder treasurer Piet Vanloon was convicted of fraud by a jury on Thursday.",
      "Vanloon, 61, faces up to ten years in prison, prosecutors said. Judge Rosa Ibarra set sentencing for May.",
    ].join("\n\n"),
  },
];

let db: typeof import("../../lib/db/client");
let ingest: typeof import("../../lib/articles/ingest-article");
let edits: typeof import("../../lib/use-cases/story-edits");
let comparison: typeof import("../../lib/db/write-comparison");
let pools: typeof import("../../lib/articles/analysis-pool");
let route: typeof import("../../app/api/sources/route");
let factsheetRoute: typeof import("../../app/api/factsheet/route");
let databaseUrl: string;
const ids = new Map<string, { id: string; storyId: string }>();

/** Every discrepancy with the stories of the sources its items point at. */
async function discrepancyStories() {
  const rows = await db.getPrisma().discrepancy.findMany({ select: { id: true, storyId: true, items: { select: { source: { select: { storyId: true } } } } } });
  return rows.map((d) => ({ storyId: d.storyId, itemStories: [...new Set(d.items.map((i) => i.source.storyId))] }));
}

beforeAll(async () => {
  databaseUrl = await useThrowawayDatabase();
  factsheetRoute = await import("../../app/api/factsheet/route");
  db = await import("../../lib/db/client");
  ingest = await import("../../lib/articles/ingest-article");
  edits = await import("../../lib/use-cases/story-edits");
  comparison = await import("../../lib/db/write-comparison");
  pools = await import("../../lib/articles/analysis-pool");
  route = await import("../../app/api/sources/route");
  for (const article of [FLOOD[0], TRIAL[0], FLOOD[1]]) {
    const outcome = await ingest.ingestArticleText(article.text, article.file);
    ids.set(article.file, { id: outcome.id, storyId: outcome.storyId });
  }
});
afterAll(async () => {
  await pools.closeAnalysisPool();
  await db.disconnectPrisma();
});

describe("stories", () => {
  it("puts articles of one event in one story and an unrelated event in another, titled by its first headline or lead", async () => {
    expect(ids.get("flood-2.txt")!.storyId).toBe(ids.get("flood-1.txt")!.storyId);
    expect(ids.get("trial-1.txt")!.storyId).not.toBe(ids.get("flood-1.txt")!.storyId);
    const stories = await db.getPrisma().story.findMany({ select: { id: true, title: true, _count: { select: { sources: true } } } });
    expect(stories).toHaveLength(2);
    const flood = stories.find((s) => s.id === ids.get("flood-1.txt")!.storyId)!;
    expect(flood._count.sources).toBe(2);
    expect(flood.title).toMatch(/^Flooding on the Varna river/);
  });

  it("compares within a story only: every discrepancy's spans lie in its own story", async () => {
    const found = await discrepancyStories();
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) expect(d.itemStories).toEqual([d.storyId]);
    // the same name in two stories would be two entities: each story has its own rows
    const entities = await db.getPrisma().entity.findMany({ select: { storyId: true } });
    expect(new Set(entities.map((e) => e.storyId)).size).toBe(2);
  });

  it("recomputes only the story an article joins, and a review in another story survives", async () => {
    const prisma = db.getPrisma();
    const floodStory = ids.get("flood-1.txt")!.storyId;
    const reviewed = await prisma.discrepancy.findFirstOrThrow({ where: { storyId: floodStory }, select: { id: true } });
    await prisma.review.create({ data: { targetType: "discrepancy", targetId: reviewed.id, status: "confirmed", note: "checked" } });
    const recomputed: string[] = [];
    const stop = comparison.observeComparisonRecomputations((event) => void recomputed.push(event.storyId));
    const outcome = await ingest.ingestArticleText(TRIAL[1].text, TRIAL[1].file);
    stop();
    ids.set(TRIAL[1].file, { id: outcome.id, storyId: outcome.storyId });
    expect(outcome.storyId).toBe(ids.get("trial-1.txt")!.storyId);
    expect(recomputed).toEqual([outcome.storyId]);
    expect(await prisma.discrepancy.count({ where: { id: reviewed.id } })).toBe(1);
    expect((await prisma.review.findFirstOrThrow({ where: { targetId: reviewed.id } })).status).toBe("confirmed");
  });

  it("moves an article to another story and back, recomputing both each time", async () => {
    const prisma = db.getPrisma();
    const floodStory = ids.get("flood-1.txt")!.storyId;
    const trialStory = ids.get("trial-1.txt")!.storyId;
    const moved = ids.get("trial-2.txt")!.id;
    const recomputed: string[] = [];
    const stop = comparison.observeComparisonRecomputations((event) => void recomputed.push(event.storyId));
    await edits.moveArticles([moved], { storyId: floodStory });
    expect(new Set(recomputed)).toEqual(new Set([floodStory, trialStory]));
    expect(await prisma.source.count({ where: { storyId: floodStory } })).toBe(3);
    expect(await prisma.claim.count({ where: { sourceId: moved, group: { storyId: trialStory } } })).toBe(0);
    for (const d of await discrepancyStories()) expect(d.itemStories).toEqual([d.storyId]);
    await edits.moveArticles([moved], { storyId: trialStory });
    stop();
    expect(await prisma.source.count({ where: { storyId: trialStory } })).toBe(2);
  });

  it("splits an article into a new story and merges it back; an emptied story is removed", async () => {
    const prisma = db.getPrisma();
    const trialStory = ids.get("trial-1.txt")!.storyId;
    const split = await edits.moveArticles([ids.get("trial-2.txt")!.id], { newStoryTitle: "Sentencing" });
    expect((await prisma.story.findUniqueOrThrow({ where: { id: split } })).title).toBe("Sentencing");
    expect(await prisma.story.count()).toBe(3);
    await edits.mergeStories(split, trialStory);
    expect(await prisma.story.count({ where: { id: split } })).toBe(0);
    expect(await prisma.source.count({ where: { storyId: trialStory } })).toBe(2);
  });

  it("takes the story a user names: a title joins or starts that story, an unknown id is refused with nothing stored", async () => {
    const prisma = db.getPrisma();
    const text = "Harbour officials in Kellby said the ferry pier reopened on Friday after nine days of repairs.";
    const first = await ingest.ingestArticleText(text, "pier.txt", undefined, { story: { storyTitle: "Kellby pier" } });
    expect((await prisma.story.findUniqueOrThrow({ where: { id: first.storyId } })).title).toBe("Kellby pier");
    const again = await ingest.ingestArticleText(`${text} Traders welcomed the news.`, "pier-2.txt", undefined, { story: { storyTitle: "Kellby pier" } });
    expect(again.storyId).toBe(first.storyId);
    const before = await prisma.source.count();
    await expect(ingest.ingestArticleText(`${text} Ferries run hourly.`, "pier-3.txt", undefined, { story: { storyId: "sty_000000000000" } })).rejects.toThrow(/No story has the id sty_000000000000/);
    expect(await prisma.source.count()).toBe(before);
  });

  it("answers the API's story field: the story id in the reply, 400 naming the field for an unknown id or a wrong type", async () => {
    const post = (body: unknown) => route.POST(new Request("http://test/api/sources", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
    const floodStory = ids.get("flood-1.txt")!.storyId;
    const joined = await post({ text: "Helga Marsh said on Wednesday that the Varna river had fallen below its banks in Tollbridge.", story: floodStory });
    expect(joined.status).toBe(201);
    expect((await joined.json()).storyId).toBe(floodStory);
    const unknown = await post({ text: "Helga Marsh said the Tollbridge shelter would close on Friday.", story: "sty_000000000000" });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).fieldErrors.story[0]).toMatch(/No story has the id/);
    const wrongType = await post({ text: "Helga Marsh said the Tollbridge shelter would close on Friday.", story: 42 });
    expect(wrongType.status).toBe(400);
    expect(Object.keys((await wrongType.json()).fieldErrors)).toEqual(["story"]);
  });

  it("exports one story's fact sheet by id or title, or every story with stories[]", async () => {
    const floodStory = ids.get("flood-1.txt")!.storyId;
    const out = path.join(mkdtempSync(path.join(tmpdir(), "claims-stories-")), "sheet.json");
    const run = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/factsheet.ts", "--format", "json", "--out", out, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
    expect(run("--story", floodStory).status).toBe(0);
    const one = JSON.parse(readFileSync(out, "utf8"));
    expect(one.story.id).toBe(floodStory);
    expect(one.stories.map((s: { id: string }) => s.id)).toEqual([floodStory]);
    expect(one.sources.every((s: { storyId: string }) => s.storyId === floodStory)).toBe(true);
    expect(one.sources.length).toBeGreaterThanOrEqual(2);

    expect(run("--story", "Kellby pier").status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).story.title).toBe("Kellby pier");

    expect(run().status).toBe(0);
    const all = JSON.parse(readFileSync(out, "utf8"));
    expect(all.story).toBeNull();
    expect(all.stories.length).toBe(await db.getPrisma().story.count());
    expect(all.sources.length).toBe(await db.getPrisma().source.count());

    const missing = run("--story", "No such story");
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no story has the id or title "No such story"/);
    const api = await factsheetRoute.GET(new Request("http://test/api/factsheet?story=No%20such%20story"));
    expect(api.status).toBe(404);
    const scoped = await factsheetRoute.GET(new Request(`http://test/api/factsheet?story=${floodStory}`));
    expect((await scoped.json()).story.id).toBe(floodStory);
  });
});
