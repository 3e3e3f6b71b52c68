import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "./test-database";

// How the SQLite adapter runs transactions on its one connection (lib/db/sqlite-adapter.ts).
const isPostgres = Boolean(process.env.TEST_POSTGRES_URL);

let db: typeof import("../../lib/db/client");

beforeAll(async () => {
  if (isPostgres) return;
  await useThrowawayDatabase();
  db = await import("../../lib/db/client");
});
afterAll(async () => {
  if (!isPostgres) await db.disconnectPrisma();
});

const insertStory = (tx: Pick<import("../../lib/db/client").TPrisma, "$executeRawUnsafe">, id: string, title = id) =>
  tx.$executeRawUnsafe(`INSERT INTO "Story" ("id", "title", "createdAt", "updatedAt", "idScope") VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL)`, id, title);

const storyIds = async () => (await db.getPrisma().story.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);

describe.skipIf(isPostgres)("transactions on a SQLite file", () => {
  it("keep the client's connection: what belongs to the connection outlives a transaction", async () => {
    const prisma = db.getPrisma();
    await prisma.$executeRawUnsafe(`CREATE TEMP TABLE "connectionMark" ("n" INTEGER)`);
    await prisma.$transaction(async (tx) => insertStory(tx, "sty_kept"));
    expect(await prisma.$queryRawUnsafe(`SELECT COUNT(*) AS "n" FROM "connectionMark"`)).toHaveLength(1);
    expect(await storyIds()).toContain("sty_kept");
  });

  it("go on after a constraint error, and a rollback leaves nothing of them", async () => {
    const prisma = db.getPrisma();
    await expect(
      prisma.$transaction(async (tx) => {
        await insertStory(tx, "sty_first");
        await expect(insertStory(tx, "sty_kept")).rejects.toThrow();
        await insertStory(tx, "sty_after_error");
        throw new Error("give up");
      }),
    ).rejects.toThrow("give up");
    expect(await storyIds()).toEqual(["sty_kept"]);
  });

  it("end with an error that may roll the whole transaction back: no later statement runs outside it", async () => {
    const prisma = db.getPrisma();
    await expect(
      prisma.$transaction(async (tx) => {
        await insertStory(tx, "sty_before_full");
        // the file may not grow: a large row fails with SQLITE_FULL (the limit belongs to this connection)
        const [{ pages }] = await tx.$queryRawUnsafe<Array<{ pages: number | bigint }>>(`SELECT "page_count" AS "pages" FROM pragma_page_count()`);
        await tx.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages)}`);
        await expect(insertStory(tx, "sty_full", "x".repeat(1_000_000))).rejects.toThrow();
        await insertStory(tx, "sty_outside");
      }),
    ).rejects.toThrow();
    expect(await storyIds()).toEqual(["sty_kept"]);
    // the next transaction has a new connection, without the limit
    await prisma.$transaction(async (tx) => insertStory(tx, "sty_next", "x".repeat(1_000_000)));
    expect(await storyIds()).toEqual(["sty_kept", "sty_next"]);
  });
});
