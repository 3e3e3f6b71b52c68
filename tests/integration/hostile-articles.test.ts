import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "./test-database";

// Pastes that once froze or killed the server, each well under the 2 MiB limit. With the default limits
// (30 s, 512 MB per article) they must now be analysed and stored: a quadratic pass would run into the
// time limit (422) long before it finished, so a 201 here is also a check that the work stayed bounded.
let databaseUrl: string;
let route: typeof import("../../app/api/sources/route");
let pools: typeof import("../../lib/articles/analysis-pool");
let db: typeof import("../../lib/db/client");

const titleChain = (n: number) => Array.from({ length: n }, (_, i) => `Mayor John Smith${i} said`).join(" ");
/** Distinct capitalised words (Bmm, Bmn, …), one run with no full stop until the end. */
const capitalisedRun = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    let word = "";
    for (let rest = i + 1000; rest > 0; rest = Math.floor(rest / 26)) word = String.fromCharCode(97 + (rest % 26)) + word;
    return word[0].toUpperCase() + word.slice(1);
  }).join(" ") + ".";
const longSentence = (n: number) => Array.from({ length: n }, (_, i) => ["the", "river", "rose", "and", "people", "left"][i % 6]).join(" ") + ".";
const quotedWords = (n: number) => Array.from({ length: n }, (_, i) => `“${["harbour", "quay", "ferry", "tide", "storm"][i % 5]}”`).join(" ") + ".";

function postText(text: string, outlet: string) {
  return route.POST(new Request("http://test/api/sources", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text, outlet }) }));
}

beforeAll(async () => {
  databaseUrl = await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  pools = await import("../../lib/articles/analysis-pool");
  route = await import("../../app/api/sources/route");
});
afterAll(async () => {
  await pools.closeAnalysisPool();
  await db.disconnectPrisma();
});

// The CLI first and the biggest article last: every store recomputes the comparison of the whole database.
describe("hostile pastes through the CLI", () => {
  it("ingests 5,000 'Mayor John SmithN said' (once 'Invalid string length' after 17 s) and exits 0", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "claims-hostile-")), "chain.txt");
    writeFileSync(file, `---\noutlet: Chain Weekly\n---\n${titleChain(5_000)}`);
    const result = spawnSync("npx", ["tsx", "scripts/ingest.ts", file], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
    expect(`${result.stdout}${result.stderr}`).toMatch(/1 stored, 0 already stored, 0 failed/);
    expect(result.status).toBe(0);
  });
});

describe("hostile pastes through the API", () => {
  it.each([
    ["50,000 capitalised words in one run", () => capitalisedRun(50_000)],
    ["a sentence of 100,000 words", () => longSentence(100_000)],
    ["10,000 quoted words", () => quotedWords(10_000)],
  ])("stores %s and invents no quote or claim from it", async (name, make) => {
    const response = await postText(make(), `Outlet ${name}`);
    expect(response.status).toBe(201);
    const { counts } = await response.json();
    expect(counts.quotes).toBe(0);
    expect(counts.claims).toBe(0);
  });

  it("stores 20,000 'Mayor John SmithN said' with no full stop (once 274 s and an abort) and still answers reads", async () => {
    const pool = await pools.configureAnalysisPool({ workers: 1 });
    let isPostSettled = false;
    const post = postText(titleChain(20_000), "Chain Gazette").finally(() => (isPostSettled = true));
    for (let i = 0; i < 6_000 && pool.stats().running === 0 && !isPostSettled; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const read = await route.GET();
    expect(read.status).toBe(200);
    const response = await post;
    expect(response.status).toBe(201);
    const { counts } = await response.json();
    // every SmithN is a person of their own, each with the title printed before the name
    expect(counts.entities).toBe(20_000);
    expect(counts.claims).toBeGreaterThanOrEqual(20_000);
  });
});
