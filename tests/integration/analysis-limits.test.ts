import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { countAllRows, useThrowawayDatabase } from "./test-database";

let databaseUrl: string;
let route: typeof import("../../app/api/sources/route");
let pools: typeof import("../../lib/articles/analysis-pool");
let db: typeof import("../../lib/db/client");
const dir = mkdtempSync(path.join(tmpdir(), "claims-limits-"));

const PARA = "<p>Harbour officials in Kellby said the ferry pier reopened on Tuesday after nine days of repairs, and traders on the quay welcomed the news.</p>";
/** Readability's time grows with nesting: 60 trees of 200 levels (within the nesting limit) take tens of seconds. */
const SLOW_HTML = `<html><body>${`${"<div>".repeat(200)}${PARA}${"</div>".repeat(200)}`.repeat(60)}</body></html>`;
/** 2,000 levels in 22 KB: 92 s of Readability before the nesting limit. */
const DEEP_HTML = `<html><body>${"<div>".repeat(2_000)}${PARA}${"</div>".repeat(2_000)}</body></html>`;
/** About 13,000 paragraphs (2 MB): the DOM and the analysis need several hundred MB. */
const HUGE_HTML = `<html><body>${PARA.repeat(13_000)}</body></html>`;
const GOOD = "Harbour officials in Kellby said the ferry pier reopened on Tuesday. “We are glad to be back,” said Mara Lindqvist, who runs a fish stall on the quay.";

function postFile(name: string, html: string) {
  const form = new FormData();
  form.set("file", new Blob([html]), name);
  return route.POST(new Request("http://test/api/sources", { method: "POST", body: form }));
}

function postJson(body: unknown) {
  return route.POST(new Request("http://test/api/sources", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
}

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 6_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

beforeAll(async () => {
  databaseUrl = await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  pools = await import("../../lib/articles/analysis-pool");
  route = await import("../../app/api/sources/route");
  expect((await postJson({ text: GOOD, outlet: "Kellby Post" })).status).toBe(201);
});
afterAll(async () => {
  await pools.closeAnalysisPool();
  await db.disconnectPrisma();
});

describe("an article over the time limit", () => {
  it("is answered 422 naming the limit, stores nothing, and a read completes while it runs", async () => {
    const pool = await pools.configureAnalysisPool({ timeLimitMs: 500, workers: 1 });
    const before = await countAllRows();
    let isPostSettled = false;
    const post = postFile("slow.html", SLOW_HTML).finally(() => (isPostSettled = true));
    await waitUntil(() => pool.stats().running === 1);

    const read = await route.GET();
    expect(read.status).toBe(200);
    expect((await read.json()).sources).toHaveLength(before.sources);
    expect(isPostSettled).toBe(false);

    const response = await post;
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatch(/^slow\.html: .*time limit of 500 ms \(ANALYSIS_TIME_LIMIT_MS\)/);
    expect(await countAllRows()).toEqual(before);
  });

  it("leaves the pool working: the next article is analysed by a fresh worker and stored", async () => {
    const response = await postJson({ text: `${GOOD} The pier had been closed since a storm.`, outlet: "Quay Weekly" });
    expect(response.status).toBe(201);
  });
});

describe("the queue in front of the workers", () => {
  it("answers 503 with a Retry-After once it is full, and stores nothing for the refused article", async () => {
    const pool = await pools.configureAnalysisPool({ timeLimitMs: 500, workers: 1, queueLimit: 1, queuePerClient: 1 });
    const before = await countAllRows();
    const running = postFile("slow-1.html", SLOW_HTML);
    await waitUntil(() => pool.stats().running === 1);
    const waiting = postFile("slow-2.html", SLOW_HTML);
    await waitUntil(() => pool.stats().queued === 1);

    const refused = await postFile("third.html", SLOW_HTML);
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error).toMatch(/busy.*1 articles are waiting, the limit is 1.*try again in \d+ s/);
    const { submitArticle } = await import("../../lib/articles/submit-article");
    const { describeSubmissionError } = await import("../../lib/articles/submission-errors");
    const described = describeSubmissionError(await submitArticle({ text: GOOD, meta: {} }).catch((error: unknown) => error));
    expect(described.status).toBe(503);
    expect(described.retryAfterSeconds).toBeGreaterThanOrEqual(1);

    expect((await running).status).toBe(422);
    expect((await waiting).status).toBe(422);
    expect(await countAllRows()).toEqual(before);
  });

  it("takes clients in turn: a second client waits behind one article of the first, not all of them", async () => {
    const pool = await pools.configureAnalysisPool({ workers: 1 });
    const finished: string[] = [];
    const analyse = (client: string, n: number) =>
      pool.run({ kind: "analyze", label: `${client}${n}`, rawText: `${GOOD} Pier ${n} of client ${client} reopened.`, fileName: null }, client).then(() => {
        finished.push(`${client}${n}`);
      });
    const jobs = [1, 2, 3, 4].map((n) => analyse("a", n));
    jobs.push(analyse("b", 1));
    await Promise.all(jobs);
    expect(finished).toEqual(["a1", "a2", "b1", "a3", "a4"]);
  });
});

describe("an article over the memory limit", () => {
  it("is answered 422 naming the limit and stores nothing", async () => {
    await pools.configureAnalysisPool({ memoryLimitMb: 64, timeLimitMs: 600_000, workers: 1 });
    const before = await countAllRows();
    const response = await postFile("huge.html", HUGE_HTML);
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatch(/^huge\.html: .*memory limit of 64 MB \(ANALYSIS_MEMORY_LIMIT_MB\)/);
    expect(await countAllRows()).toEqual(before);
  });
});

describe("HTML nested past the limit", () => {
  it("is refused 422 before any worker or DOM sees it, and stores nothing", async () => {
    const pool = await pools.configureAnalysisPool({});
    const run = vi.spyOn(pool, "run");
    const before = await countAllRows();
    for (const [name, html] of [["deep.html", DEEP_HTML], ["deeper.html", `${"<div>".repeat(50_000)}${PARA}`]] as const) {
      const response = await postFile(name, html);
      expect(response.status).toBe(422);
      expect((await response.json()).error).toMatch(new RegExp(`^${name.replace(".", "\\.")}: the HTML nests elements more than the limit of 256 levels`));
    }
    expect(run).not.toHaveBeenCalled();
    expect(await countAllRows()).toEqual(before);
  });
});

describe("the ingest CLI", () => {
  it("reports a file over the time limit by name and limit, exits non-zero and stores nothing", async () => {
    // About 1.5 MB of plain article text: seconds of analysis, against a limit of 20 ms.
    const paragraph = (i: number) => `Harbour officials in Kellby said on Tuesday that pier ${i} would reopen after ${i % 30} days of repairs. “We expect the first ferry at dawn,” said Mara Lindqvist, the harbour master.`;
    const file = path.join(dir, "long-article.txt");
    writeFileSync(file, Array.from({ length: 8_000 }, (_, i) => paragraph(i)).join("\n\n"));
    const before = await countAllRows();
    const result = spawnSync("npx", ["tsx", "scripts/ingest.ts", file], {
      env: { ...process.env, DATABASE_URL: databaseUrl, ANALYSIS_TIME_LIMIT_MS: "20" },
      encoding: "utf8",
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain("long-article.txt");
    expect(output).toMatch(/time limit of 20 ms \(ANALYSIS_TIME_LIMIT_MS\)/);
    expect(output).toMatch(/0 stored, 0 already stored, 1 failed/);
    expect(await countAllRows()).toEqual(before);
  });
});
