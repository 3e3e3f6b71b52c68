import { stableId } from "../text/stable-id";
import type { TTx } from "./client";
import { portableSql } from "./portable-sql";

/** Where an article goes: a story the user named (by id or by title), or wherever it matches best. */
export type TStoryChoice = { storyId: string } | { storyTitle: string } | null;

/** What story assignment needs of an article, computed by the caller (lib/use-cases) from its analysis. */
export type TPlacement<TFingerprint> = {
  choice: TStoryChoice;
  fingerprint: TFingerprint;
  /** The title a story started by this article gets (its headline or lead). */
  newStoryTitle: string;
  /** What makes a story it starts unique and repeatable (its content hash). */
  seed: string;
};

/** The matching index the caller provides (lib/stories/story-index.ts): the data layer only stores and reloads it. */
export interface TStoryMatcher<TFingerprint> {
  add(storyId: string, fingerprint: TFingerprint): void;
  best(fingerprint: TFingerprint): { storyId: string | null };
}

export type TMatcherKit<TFingerprint> = {
  create(): TStoryMatcher<TFingerprint>;
  /** The stored fingerprint (JSON), or null when it is unreadable (then the row is fingerprinted again). */
  parse(json: string): TFingerprint | null;
  /** For rows stored before fingerprints existed: from the stored text and analysis. */
  fromStored(row: { text: string; title: string | null; publishedAt: string | null; analysisJson: string }): TFingerprint;
};

export class StoryChoiceError extends Error {}

/**
 * Starts a story. Its id derives from what started it (the first article's content hash, or the title a
 * user gave), so the same ingest gives the same ids; a second story from the same seed gets the next free one.
 */
export async function createStory(tx: TTx, title: string, seed: string): Promise<string> {
  let id = stableId("sty", seed);
  for (let n = 2; await tx.story.findUnique({ where: { id }, select: { id: true } }); n++) id = stableId("sty", seed, n);
  const now = new Date();
  await tx.story.create({ data: { id, title: title.trim() || "Untitled story", idScope: id, createdAt: now, updatedAt: now } });
  return id;
}

type TCache<T> = { kit: TMatcherKit<T>; matcher: TStoryMatcher<T>; signature: string };
// One index per process, kept while nothing else writes the database; rebuilt from stored fingerprints otherwise.
let cache: TCache<unknown> | null = null;

/**
 * What changes whenever any process adds, moves or removes an article: the number of articles and stories,
 * and the latest story update (an article placed in a story, a recomputation, a move or a rename touches it).
 * Both read indexes only, whatever the number of articles. One raw statement: every commit reads it twice,
 * and as three Prisma queries it cost more than writing the article.
 */
async function databaseSignature(tx: TTx): Promise<string> {
  const latest = (column: string) => `(SELECT "${column}" FROM "Story" ORDER BY "updatedAt" DESC, "id" DESC LIMIT 1)`;
  const [row] = await tx.$queryRawUnsafe<Array<{ sources: number | bigint; stories: number | bigint; latestId: string | null; latestAt: Date | string | null }>>(
    `SELECT (SELECT COUNT(*) FROM "Source") AS "sources", (SELECT COUNT(*) FROM "Story") AS "stories", ` +
      `${latest("id")} AS "latestId", ${latest("updatedAt")} AS "latestAt"`,
  );
  const latestAt = row.latestAt instanceof Date ? row.latestAt.toISOString() : (row.latestAt ?? "");
  return `${Number(row.sources)}:${Number(row.stories)}:${row.latestId ?? ""}:${latestAt}`;
}

const ROWS_PER_READ = 500;

async function rebuild<T>(tx: TTx, kit: TMatcherKit<T>): Promise<TStoryMatcher<T>> {
  const matcher = kit.create();
  for (let cursor: string | undefined; ; ) {
    const rows = await tx.source.findMany({
      select: { id: true, storyId: true, fingerprintJson: true },
      orderBy: { id: "asc" },
      take: ROWS_PER_READ,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      let fingerprint = row.fingerprintJson ? kit.parse(row.fingerprintJson) : null;
      if (!fingerprint) {
        const stored = await tx.source.findUniqueOrThrow({ where: { id: row.id }, select: { text: true, title: true, publishedAt: true, analysisJson: true } });
        fingerprint = kit.fromStored(stored);
        await tx.source.update({ where: { id: row.id }, data: { fingerprintJson: JSON.stringify(fingerprint) } });
      }
      matcher.add(row.storyId, fingerprint);
    }
    cursor = rows[rows.length - 1].id;
  }
  return matcher;
}

/**
 * Places articles of one transaction in stories: the one the user named (created when a title names
 * none), else the best match among stored stories and the ones this transaction started, else a new
 * story. Call `settle()` after the transaction commits, or `discard()` when it fails.
 */
export async function openStoryPlacement<T>(tx: TTx, kit: TMatcherKit<T>) {
  const signature = await databaseSignature(tx);
  const reuse = cache && cache.kit === kit && cache.signature === signature;
  const matcher = reuse ? (cache!.matcher as TStoryMatcher<T>) : await rebuild(tx, kit);
  cache = null; // until this transaction commits, the index is not known to match the database
  return {
    async place(placement: TPlacement<T>): Promise<string> {
      const storyId = await chosenStory(tx, placement);
      const placed = storyId ?? matcher.best(placement.fingerprint).storyId ?? (await createStory(tx, placement.newStoryTitle, placement.seed));
      matcher.add(placed, placement.fingerprint);
      // the story changed: its "last update" on the story list, and the signature other processes compare
      await touchStory(tx, placed, new Date());
      return placed;
    },
    /** After the transaction's last write, before commit: the signature the committed database will have. */
    async seal(): Promise<() => void> {
      const sealed = await databaseSignature(tx);
      return () => {
        cache = { kit: kit as TMatcherKit<unknown>, matcher: matcher as TStoryMatcher<unknown>, signature: sealed };
      };
    },
  };
}

/**
 * Runs work that changes no article's story (a recomputation) inside a transaction, and returns what
 * keeps the process's index valid once the transaction has committed: the index still matches the
 * database, only the stories' update times moved.
 */
export async function keepingStoryIndex<R>(tx: TTx, work: () => Promise<R>): Promise<{ result: R; publish: () => void }> {
  const before = await databaseSignature(tx);
  const result = await work();
  const after = await databaseSignature(tx);
  return {
    result,
    publish: () => {
      if (cache && cache.signature === before) cache.signature = after;
    },
  };
}

/** Sets a story's last update (raw: Prisma's update reads the whole row back, once per stored article). */
export async function touchStory(tx: TTx, storyId: string, at: Date): Promise<void> {
  await tx.$executeRawUnsafe(portableSql(`UPDATE "Story" SET "updatedAt" = ? WHERE "id" = ?`), at, storyId);
}

/** Forgets the process's index (after a move, merge or removal, or a failed transaction). */
export function forgetStoryIndex(): void {
  cache = null;
}

/** The story with this id; StoryChoiceError naming the id when there is none. */
export async function requireStory(tx: TTx, storyId: string): Promise<string> {
  const found = await tx.story.findUnique({ where: { id: storyId }, select: { id: true } });
  if (!found) throw new StoryChoiceError(`No story has the id ${storyId}.`);
  return found.id;
}

/** The oldest story with exactly this title, or null. */
export async function findStoryByTitle(tx: TTx, title: string): Promise<{ id: string; title: string } | null> {
  return tx.story.findFirst({ where: { title: title.trim() }, orderBy: { createdAt: "asc" }, select: { id: true, title: true } });
}

async function chosenStory(tx: TTx, placement: TPlacement<unknown>): Promise<string | null> {
  const { choice } = placement;
  if (!choice) return null;
  if ("storyId" in choice) return requireStory(tx, choice.storyId);
  const title = choice.storyTitle.trim();
  return (await findStoryByTitle(tx, title))?.id ?? (await createStory(tx, title, `title\u0000${title}`));
}
