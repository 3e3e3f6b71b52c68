import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useThrowawayDatabase } from "./test-database";
import { redirectTo, startFixtureServer, type TFixtureServer } from "../support/fixture-web-server";

// The command line adds pages by URL and the articles of RSS and Atom feeds, fetched from a loopback
// server (allowed through FETCH_ALLOWED_HOSTS). The CLI runs as its own process, asynchronously, so this
// process's fixture server keeps answering it.

const run = promisify(execFile);
let site: TFixtureServer;
let databaseUrl: string;
let db: typeof import("../../lib/db/client");

beforeAll(async () => {
  databaseUrl = await useThrowawayDatabase();
  site = await startFixtureServer({ "/internal-feed.xml": redirectTo("http://192.168.1.20/feed.xml") }, { dir: "tests/fixtures/web" });
  db = await import("../../lib/db/client");
});
afterAll(async () => {
  await site?.close();
  await db?.disconnectPrisma();
});

async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, FETCH_ALLOWED_HOSTS: "127.0.0.1" };
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/ingest.ts", ...args], { env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run ingest with links and feeds", () => {
  it("adds each article of an RSS feed once, with the metadata its page states", async () => {
    const first = await ingest("--feed", site.url("/feed-rss.xml"));
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Feed “.+”: 3 articles, 0 already stored \(skipped\), 3 to add; items left out: 1 repeated/);
    expect(first.stdout.match(/^✓ \[\d\/3\] http:\/\/127\.0\.0\.1:\d+\/.+: stored as src_/gm)).toHaveLength(3);
    expect(first.stdout).toMatch(/3 stored, 0 already stored, 0 failed\./);
    const outlets = await db.getPrisma().source.findMany({ select: { outlet: true }, orderBy: { outlet: "asc" } });
    expect(outlets.map((s) => s.outlet)).toEqual(["Ambry Valley Courier", "Northshire Daily Ledger", "Wenlow Tribune"]);
  });

  it("skips the feed's articles already stored, and an Atom feed adds only what is new", async () => {
    const again = await ingest("--feed", site.url("/feed-rss.xml"), "--feed", site.url("/feed-atom.xml"));
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/3 articles, 3 already stored \(skipped\), 0 to add/);
    expect(again.stdout).toMatch(/Feed “.+”: 2 articles, 1 already stored \(skipped\), 1 to add/);
    expect(again.stdout).toMatch(/1 stored, 4 already stored, 0 failed\./);
  });

  it("fetches a page given by URL, and refuses a feed that redirects into a private network", async () => {
    const page = await ingest(site.url("/jsonld-article.html"));
    expect(page.code).toBe(0);
    expect(page.stdout).toMatch(/already stored as src_\w+ in story sty_\w+; nothing changed/);

    const refused = await ingest("--feed", site.url("/internal-feed.xml"));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/✗ feed http:\/\/127\.0\.0\.1:\d+\/internal-feed\.xml: .*192\.168\.1\.20.*private/);
    expect(await db.getPrisma().source.count()).toBe(4);
  });
});
