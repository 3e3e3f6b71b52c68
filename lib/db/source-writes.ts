import type { TArticleAnalysis } from "../schemas/pipeline";
import { stableId } from "../text/stable-id";
import { insertRows } from "./bulk-insert";
import { getPrisma, type TTx } from "./client";
import { portableSql } from "./portable-sql";
import { forgetStoryIndex, openStoryPlacement, type TMatcherKit, type TPlacement } from "./story-placement";
import { recomputeStories, yieldToEventLoop, type TCompare } from "./write-comparison";
import { runWriteTransaction } from "./write-transaction";

export const PIPELINE_VERSION = 1;

export type TNewSource = {
  contentHash: string;
  rawText: string;
  file: string | null;
  /** The link it was fetched from, when it was added by URL (see Source.fetchedFrom). */
  fetchedFrom?: string | null;
  analysis: TArticleAnalysis;
  /** Which story it joins; its fingerprint is stored with it (JSON) for later assignments. */
  placement: TPlacement<unknown>;
};

/** What the caller (lib/use-cases) hands the data layer: the comparison to run and the story matcher. */
export type TWriteKit = { compare: TCompare; stories: TMatcherKit<unknown> };

export type TSaveResult = { id: string; created: boolean; storyId: string };

/** Thrown inside the transaction by tests to prove a half-written article leaves nothing behind. */
export type TFailureHook = (stage: "source-written" | "comparison-written") => void | Promise<void>;

type TPendingWrite = {
  input: TNewSource;
  kit: TWriteKit;
  /** Store only: the story's comparison is left to recomputeIfStale (a batch recomputes each story once at its end). */
  deferComparison: boolean;
  failureHook?: TFailureHook;
  resolve: (result: TSaveResult) => void;
  reject: (error: unknown) => void;
};

/** A bound on one commit's transaction; more waiting articles go in the next one. */
const MAX_ARTICLES_PER_COMMIT = 64;
const TRANSACTION = { timeout: 300_000, maxWait: 30_000 } as const;

const waiting: TPendingWrite[] = [];
let draining: Promise<void> | null = null;

/**
 * Stores an article in its story and recomputes that story's comparison in one transaction, together
 * with every other article that arrived while the previous commit ran: N concurrent writes cost one
 * recomputation per touched story per commit, not N, and a reader sees each commit whole or not at all.
 * With `deferComparison` the article is only stored (its story's comparison waits for recomputeIfStale).
 */
export function commitWithComparison(input: TNewSource, kit: TWriteKit, failureHook?: TFailureHook, deferComparison = false): Promise<TSaveResult> {
  return new Promise((resolve, reject) => {
    waiting.push({ input, kit, deferComparison, failureHook, resolve, reject });
    draining ??= drainWaitingWrites();
  });
}

/** Articles waiting for the next commit (the one running is not counted). */
export function countWaitingWrites(): number {
  return waiting.length;
}

async function drainWaitingWrites(): Promise<void> {
  try {
    while (waiting.length) {
      // Analyses that finished during the last commit hand in their writes first, and join this one.
      await yieldToEventLoop();
      await commitBatch(waiting.splice(0, MAX_ARTICLES_PER_COMMIT));
    }
  } finally {
    draining = null;
  }
}

async function commitBatch(batch: TPendingWrite[]): Promise<void> {
  // Content already stored is not written again; content twice in the batch waits for the next one.
  const stored = await findSourcesByHash(batch.map((w) => w.input.contentHash));
  const fresh = new Map<string, TPendingWrite>();
  for (const write of batch) {
    const existing = stored.get(write.input.contentHash);
    if (existing) write.resolve({ ...existing, created: false });
    else if (fresh.has(write.input.contentHash)) waiting.unshift(write);
    else fresh.set(write.input.contentHash, write);
  }
  const writes = [...fresh.values()];
  if (writes.length === 0) return;
  const { kit } = writes[0];
  try {
    // On SQLite, a commit that meets another process's lock runs again from the start.
    const { placed, publish } = await runWriteTransaction(async (tx) => {
      const placement = await openStoryPlacement(tx, kit.stories);
      const placed: string[] = [];
      for (const write of writes) {
        // SQLite statements run synchronously: without this, an analysis finished meanwhile would wait for
        // the whole commit before its worker got the next article, and the worker and this thread took turns.
        await yieldToEventLoop();
        const storyId = await placement.place(write.input.placement);
        await writeSourceRows(tx, write.input, storyId);
        placed.push(storyId);
        await write.failureHook?.("source-written");
      }
      await recomputeStories(tx, placed.filter((_, index) => !writes[index].deferComparison), kit.compare);
      for (const write of writes) await write.failureHook?.("comparison-written");
      return { placed, publish: await placement.seal() };
    }, TRANSACTION);
    publish();
    writes.forEach((write, index) => write.resolve({ id: sourceIdOf(write.input), created: true, storyId: placed[index] }));
  } catch (error) {
    forgetStoryIndex();
    if (writes.length > 1) {
      // One bad article must not fail the others: retry each in a commit of its own.
      for (const write of writes) await commitBatch([write]);
      return;
    }
    // The unique content hash settles a race with another process writing the same article.
    const raced = await findSourceByHash(writes[0].input.contentHash).catch(() => null);
    if (raced) writes[0].resolve({ ...raced, created: false });
    else writes[0].reject(error);
  }
}

export const sourceIdOf = (input: TNewSource): string => stableId("src", input.contentHash);

/**
 * Writes one source and its blocks, not yet compared (comparedAt stays null until a recomputation includes
 * it). Two raw multi-row inserts: Prisma's create and createMany cost more than the statements themselves,
 * and a batch writes ten thousand of them.
 */
export async function writeSourceRows(tx: TTx, input: TNewSource, storyId: string): Promise<void> {
  const id = sourceIdOf(input);
  const { meta } = input.analysis;
  await insertRows(tx, "Source", [{
    id,
    storyId,
    outlet: meta.outlet,
    title: meta.title,
    byline: meta.byline,
    publishedAt: meta.publishedAt,
    url: meta.url,
    file: input.file,
    fetchedFrom: input.fetchedFrom ?? null,
    text: input.analysis.text,
    rawText: input.rawText,
    contentHash: input.contentHash,
    analysisJson: JSON.stringify(input.analysis),
    pipelineVersion: PIPELINE_VERSION,
    // what Prisma's @default(now()) gave: the time of this write, so sources keep the order they were stored in
    createdAt: new Date(),
    comparedAt: null,
    fingerprintJson: JSON.stringify(input.placement.fingerprint),
  }]);
  await insertRows(
    tx,
    "Block",
    input.analysis.blocks.map((b, index) => ({ id: stableId("blk", id, index), sourceId: id, kind: b.kind, start: b.start, end: b.end })),
  );
}

export async function findSourceByHash(contentHash: string): Promise<{ id: string; storyId: string } | null> {
  return getPrisma().source.findUnique({ where: { contentHash }, select: { id: true, storyId: true } });
}

/** Which of these contents are stored (raw: every commit asks, and Prisma's query cost more than the statement). */
async function findSourcesByHash(hashes: string[]): Promise<Map<string, { id: string; storyId: string }>> {
  const distinct = [...new Set(hashes)];
  if (!distinct.length) return new Map();
  const rows = await getPrisma().$queryRawUnsafe<Array<{ id: string; storyId: string; contentHash: string }>>(
    portableSql(`SELECT "id", "storyId", "contentHash" FROM "Source" WHERE "contentHash" IN (${distinct.map(() => "?").join(", ")})`),
    ...distinct,
  );
  return new Map(rows.map((r) => [r.contentHash, { id: r.id, storyId: r.storyId }]));
}
