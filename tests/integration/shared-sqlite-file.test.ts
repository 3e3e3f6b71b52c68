import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "./test-database";

// One SQLite file shared by processes: the command-line ingest writes while this process keeps reading,
// as a running server does. PostgreSQL has no such file, so the PostgreSQL run skips this.
const isPostgres = Boolean(process.env.TEST_POSTGRES_URL);

// Invented reports of one invented event, each outlet with its own figures, so the comparison has work to do.
const OUTLETS = ["Harbour Gazette", "Valley Courier", "Northern Ledger", "Riverside Post", "Coastal Herald", "Plains Tribune"];
function articleOf(outlet: string, index: number): string {
  const injured = 4 + index;
  return [
    "---",
    `outlet: ${outlet}`,
    `title: Storage depot roof collapses in Brenmoor`,
    `published: 2031-03-0${1 + (index % 5)}`,
    "---",
    `A storage depot roof collapsed in Brenmoor on Tuesday, injuring ${injured} workers, officials said.`,
    "",
    `“We heard a crack and then the whole section came down,” said Tomas Ellery, a forklift driver at the depot.`,
    "",
    `Fire chief Marta Quell said ${2 + (index % 3)} crews worked through the night and the depot would stay closed until an inspection on Friday.`,
    "",
  ].join("\n");
}

type TReaderLog = { transactions: number; errors: string[]; sourceCountsSeen: Set<number> };

let prisma: import("../../lib/db/generated/client").PrismaClient;
let disconnect: () => Promise<void>;
let databaseUrl: string;
let articlesDir: string;

beforeAll(async () => {
  if (isPostgres) return;
  databaseUrl = await useThrowawayDatabase();
  const client = await import("../../lib/db/client");
  prisma = client.getPrisma();
  disconnect = client.disconnectPrisma;
  articlesDir = mkdtempSync(path.join(tmpdir(), "claims-shared-articles-"));
  OUTLETS.forEach((outlet, index) => writeFileSync(path.join(articlesDir, `report-${index + 1}.md`), articleOf(outlet, index)));
});

afterAll(async () => {
  if (isPostgres) return;
  await disconnect();
  rmSync(articlesDir, { recursive: true, force: true });
});

/** Read transactions back to back, each holding its snapshot across several reads, until `isDone()`. */
async function readUntil(isDone: () => boolean, log: TReaderLog): Promise<void> {
  while (!isDone()) {
    try {
      const seen = await prisma.$transaction(async (tx) => {
        const sources = await tx.source.count();
        await tx.claim.findMany({ take: 20, select: { id: true, text: true } });
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.discrepancy.findMany({ take: 20, select: { id: true, summary: true } });
        return sources;
      });
      log.sourceCountsSeen.add(seen);
      log.transactions++;
    } catch (error) {
      log.errors.push(error instanceof Error ? error.message : String(error));
    }
  }
}

function runIngest(dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/ingest.ts", dir], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(isPostgres)("one SQLite file shared by the command-line ingest and a reading process", () => {
  it("stores every article and finishes the comparison while another process keeps reading", async () => {
    const log: TReaderLog = { transactions: 0, errors: [], sourceCountsSeen: new Set() };
    let isIngestDone = false;
    const readers = [readUntil(() => isIngestDone, log)];
    const ingest = await runIngest(articlesDir).finally(() => (isIngestDone = true));
    await Promise.all(readers);

    expect(ingest.stderr).toBe("");
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain(`${OUTLETS.length} stored, 0 already stored, 0 failed.`);
    expect(ingest.stdout).toMatch(/Compared the articles of \d+ stor(y|ies)/);
    expect(await prisma.source.count()).toBe(OUTLETS.length);
    expect(await prisma.source.count({ where: { comparedAt: null } })).toBe(0);
    expect(await prisma.claimGroup.count({ where: { agreement: "conflict" } })).toBeGreaterThan(0);

    // The reader ran the whole time: it saw the file empty, part-written and complete, and never failed.
    expect(log.errors).toEqual([]);
    expect(log.sourceCountsSeen.has(0)).toBe(true);
    expect([...log.sourceCountsSeen].some((n) => n > 0 && n < OUTLETS.length)).toBe(true);
  });
});
