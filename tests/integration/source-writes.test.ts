import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stableId } from "../../lib/text/stable-id";
import { useThrowawayDatabase } from "./test-database";

let db: typeof import("../../lib/db/client");
let writes: typeof import("../../lib/db/source-writes");
let kit: typeof import("../../lib/use-cases/story-write-kit");
let ingest: typeof import("../../lib/articles/ingest-article");
let analysis: typeof import("../../lib/analysis");

const FIXTURES = path.join(__dirname, "../fixtures/articles");
// Real articles with front matter, one without any (every metadata column null), one with awkward characters.
const ARTICLES = [
  ...["court-ruling.txt", "company-layoffs.txt", "sports-transfer.txt"].map((file) => ({ file, text: readFileSync(path.join(FIXTURES, file), "utf8") })),
  { file: null, text: "Mayor Ana O'Brien said \"no\" to the $1 ? :name levy on Tuesday.\n\nThe council — José Ñúñez 🙂 among them — voted 7-2." },
];

beforeAll(async () => {
  await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  writes = await import("../../lib/db/source-writes");
  kit = await import("../../lib/use-cases/story-write-kit");
  ingest = await import("../../lib/articles/ingest-article");
  analysis = await import("../../lib/analysis");
});
afterAll(async () => db.disconnectPrisma());

function newSources() {
  return ARTICLES.map(({ file, text }) => {
    const contentHash = ingest.contentHashOf(text);
    const analysed = analysis.analyzeArticle(text, { fileName: file });
    return { contentHash, rawText: text, file, analysis: analysed, placement: kit.placementOf(analysed, null, contentHash) };
  });
}

type TNewSource = ReturnType<typeof newSources>[number];

/** How sources were written before the raw multi-row inserts: Prisma's create and createMany. */
async function writeWithPrismaModels(tx: import("../../lib/db/client").TTx, input: TNewSource, storyId: string) {
  const id = writes.sourceIdOf(input);
  const { meta } = input.analysis;
  await tx.source.create({
    data: {
      id, storyId, fingerprintJson: JSON.stringify(input.placement.fingerprint), outlet: meta.outlet, title: meta.title, byline: meta.byline,
      publishedAt: meta.publishedAt, url: meta.url, file: input.file, text: input.analysis.text, rawText: input.rawText, contentHash: input.contentHash,
      analysisJson: JSON.stringify(input.analysis), pipelineVersion: writes.PIPELINE_VERSION,
    },
  });
  await tx.block.createMany({
    data: input.analysis.blocks.map((b, index) => ({ id: stableId("blk", id, index), sourceId: id, kind: b.kind, start: b.start, end: b.end })),
  });
}

async function readBack() {
  const prisma = db.getPrisma();
  const sources = await prisma.source.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const blocks = await prisma.block.findMany({ orderBy: [{ sourceId: "asc" }, { start: "asc" }], select: { id: true, sourceId: true, kind: true, start: true, end: true } });
  await prisma.block.deleteMany();
  await prisma.source.deleteMany();
  return { sources, blocks };
}

describe("writing a source", () => {
  it("stores the rows Prisma's create and createMany stored, in the order written", async () => {
    const prisma = db.getPrisma();
    const storyId = (await prisma.story.create({ data: { id: "sty_rows", title: "Rows", idScope: "sty_rows" } })).id;
    const inputs = newSources();

    await prisma.$transaction(async (tx) => {
      for (const input of inputs) await writeWithPrismaModels(tx, input, storyId);
    });
    const before = await readBack();
    await prisma.$transaction(async (tx) => {
      for (const input of inputs) await writes.writeSourceRows(tx, input, storyId);
    });
    const after = await readBack();

    const withoutTime = (rows: typeof before.sources) => rows.map(({ createdAt, ...rest }) => ({ ...rest, createdAt: createdAt instanceof Date }));
    expect(withoutTime(after.sources)).toEqual(withoutTime(before.sources));
    expect(after.sources.map((s) => s.id)).toEqual(inputs.map(writes.sourceIdOf));
    expect(after.sources.every((s) => s.comparedAt === null && s.file !== undefined)).toBe(true);
    expect(after.sources.find((s) => s.file === null)).toMatchObject({ outlet: null, title: null, byline: null, publishedAt: null, url: null });
    expect(after.blocks).toEqual(before.blocks);
    expect(after.blocks.length).toBeGreaterThan(inputs.length);
  });

  it("sees another process's article: the next one of its event joins that story, not a new one", async () => {
    const [other, first, second] = ["trial", "flood", "flood"].map((event, n) => {
      const text =
        event === "flood"
          ? `Flooding on the Varna river forced ${n === 1 ? "1,200" : "1,500"} residents of Tollbridge from their homes on Tuesday, county officials said.\n\n` +
            "“The water rose faster than anyone here remembers,” said Helga Marsh, the county emergency coordinator."
          : "A jury in Calder found the former city treasurer Piet Vanloon guilty of fraud on Thursday after a six-week trial.";
      return { text, file: `${event}-${n}.txt`, analysed: analysis.analyzeArticle(text, { fileName: `${event}-${n}.txt` }) };
    });
    const store = (module: typeof ingest, a: typeof other) => module.storeAnalysedArticle(a.text, a.file, a.analysed, undefined, { deferComparison: true });

    // this process stores an article, and keeps its story index
    const trial = await store(ingest, other);
    // another process (its own modules, its own index) starts a story for the flood
    vi.resetModules();
    const elsewhere = await import("../../lib/articles/ingest-article");
    const flood = await store(elsewhere, first);
    // this process's index no longer matches the database: it is rebuilt, and the flood article joins
    const joined = await store(ingest, second);
    expect(flood.storyId).not.toBe(trial.storyId);
    expect(joined.storyId).toBe(flood.storyId);
  });
});
