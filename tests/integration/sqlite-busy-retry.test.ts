import { spawn } from "node:child_process";
import { createClient, type Client } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "./test-database";

// What another process does to the same SQLite file, played by a second, bare connection to it.
const isPostgres = Boolean(process.env.TEST_POSTGRES_URL);

let other: Client;
let databaseUrl: string;
let db: typeof import("../../lib/db/client");
let writes: typeof import("../../lib/db/write-transaction");
let retry: typeof import("../../lib/db/retry-busy");

beforeAll(async () => {
  if (isPostgres) return;
  databaseUrl = await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  writes = await import("../../lib/db/write-transaction");
  retry = await import("../../lib/db/retry-busy");
  other = createClient({ url: databaseUrl });
});

afterAll(async () => {
  if (isPostgres) return;
  other.close();
  await db.disconnectPrisma();
});

const insertReviewElsewhere = (targetId: string) =>
  other.execute({
    sql: `INSERT INTO "Review" ("id", "targetType", "targetId", "status", "updatedAt") VALUES (?, 'discrepancy', ?, 'confirmed', CURRENT_TIMESTAMP)`,
    args: [`other-${targetId}`, targetId],
  });

/** Another process takes the file's write lock, writes a row, and commits after `ms`. */
function holdWriteLockElsewhere(ms: number): { isLocked: Promise<void>; exitCode: Promise<number | null> } {
  const script = `
    import { createClient } from "@libsql/client";
    const tx = await createClient({ url: process.env.HOLD_URL }).transaction("write");
    await tx.execute(\`INSERT INTO "Review" ("id", "targetType", "targetId", "status", "updatedAt") VALUES ('held', 'discrepancy', 'held', 'confirmed', CURRENT_TIMESTAMP)\`);
    console.log("locked");
    setTimeout(() => tx.commit().then(() => process.exit(0)), ${ms});`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, HOLD_URL: databaseUrl }, stdio: ["ignore", "pipe", "inherit"] });
  const isLocked = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.on("exit", () => reject(new Error("the lock holder exited before locking")));
  });
  const exitCode = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { isLocked, exitCode };
}

const createReview = (tx: import("../../lib/db/client").TTx, targetId: string) =>
  tx.review.create({ data: { targetType: "discrepancy", targetId, status: "needs-check" } });

describe.skipIf(isPostgres)("writing to a SQLite file that another process writes too", () => {
  it("keeps the file in WAL mode, so readers and a writer do not block each other", async () => {
    const rows = await db.getPrisma().$queryRawUnsafe<Array<{ journal_mode: string }>>("PRAGMA journal_mode");
    expect(rows[0].journal_mode).toBe("wal");
    // Stored in the file: a connection that never set it sees it too.
    expect((await other.execute("PRAGMA journal_mode")).rows[0].journal_mode).toBe("wal");
  });

  it("surfaces a write after another process's write since the snapshot as Prisma's P1008, recognised as busy", async () => {
    const failure = await db
      .getPrisma()
      .$transaction(async (tx) => {
        await tx.review.count();
        await insertReviewElsewhere("snapshot-1");
        await createReview(tx, "mine-1");
      })
      .then(() => null, (error: unknown) => error);
    expect(failure).toMatchObject({ code: "P1008", message: expect.stringContaining("Operation has timed out") });
    expect(retry.isSqliteBusyError(failure)).toBe(true);
    // The failed transaction was rolled back and released the file: the next write commits.
    await db.getPrisma().$transaction(async (tx) => createReview(tx, "after-failure"));
    expect(await db.getPrisma().review.count({ where: { targetId: { in: ["mine-1", "after-failure"] } } })).toBe(1);
  });

  it("runs the whole transaction again after such a failure, and the second run commits", async () => {
    let runs = 0;
    const retried: unknown[] = [];
    await writes.runWriteTransaction(
      async (tx) => {
        runs++;
        await tx.review.count();
        if (runs === 1) await insertReviewElsewhere("snapshot-2");
        await createReview(tx, "mine-2");
      },
      {},
      { onRetry: (error) => retried.push(error) },
    );
    expect(runs).toBe(2);
    expect(retried).toHaveLength(1);
    expect(retry.isSqliteBusyError(retried[0])).toBe(true);
    const stored = await db.getPrisma().review.findMany({ where: { targetId: { in: ["mine-2", "snapshot-2"] } }, select: { targetId: true } });
    expect(stored.map((r) => r.targetId).sort()).toEqual(["mine-2", "snapshot-2"]);
  });

  it("waits for another process's write lock instead of failing, also on the connection opened after a transaction", async () => {
    await db.getPrisma().$transaction(async (tx) => tx.review.count());
    const holder = holdWriteLockElsewhere(400);
    await holder.isLocked;
    // One statement outside a transaction on the client's fresh connection: without a busy timeout SQLite fails at once.
    await db.getPrisma().review.create({ data: { targetType: "discrepancy", targetId: "waited", status: "confirmed" } });
    expect(await holder.exitCode).toBe(0);
    expect(await db.getPrisma().review.count({ where: { targetId: { in: ["held", "waited"] } } })).toBe(2);
  });

  it("gives up after the set number of runs and reports the busy error", async () => {
    let runs = 0;
    const failure = await writes
      .runWriteTransaction(
        async (tx) => {
          runs++;
          await tx.review.count();
          await insertReviewElsewhere(`always-${runs}`);
          await createReview(tx, `never-${runs}`);
        },
        {},
        { attempts: 3, sleep: async () => undefined },
      )
      .then(() => null, (error: unknown) => error);
    expect(runs).toBe(3);
    expect(retry.isSqliteBusyError(failure)).toBe(true);
    expect(await db.getPrisma().review.count({ where: { targetId: { startsWith: "never-" } } })).toBe(0);
  });
});
