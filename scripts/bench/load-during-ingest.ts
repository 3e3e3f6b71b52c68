// Load while ingesting: `next start` on a fresh SQLite file holding the seeds, autocannon on /, /claims and
// /discrepancies, first idle, then while the command-line ingest writes generated articles into the same file.
// Needs a build: NEXT_DIST_DIR=.next-load npx next build, then
//   NEXT_DIST_DIR=.next-load npx tsx scripts/bench/load-during-ingest.ts [--articles 100] [--connections 50]
// Prints progress on stderr and one JSON line of figures on stdout, like the other children of scripts/bench.ts.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { z } from "zod";
import { generateCorpus } from "../../lib/bench/generate-corpus";

const ZOptions = z.object({
  articles: z.coerce.number().int().min(1).max(2000).default(100),
  // in all, shared evenly by the pages
  connections: z.coerce.number().int().min(1).max(500).default(50),
  port: z.coerce.number().int().default(3291),
  // long enough for several rounds of every page at 50 connections on a small machine
  "baseline-seconds": z.coerce.number().int().min(0).max(300).default(30),
  "max-ingest-seconds": z.coerce.number().int().min(10).max(3600).default(900),
});
const PAGES = ["/", "/claims", "/discrepancies"] as const;

type TPageFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; responses: number; non2xx: number; errors: number };
type TIngestFigures = { finished: boolean; exitCode: number | null; seconds: number; stored: number | null; failed: number | null; compared: boolean };

const log = (line: string) => console.error(`[load-during-ingest] ${line}`);

function runOrThrow(args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync("npx", args, { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`npx ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

async function waitForServer(url: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`server at ${url} did not start`);
}

/** One autocannon per page, all at once, until `stop` resolves (or `seconds` pass); loopback only. */
async function loadPages(base: string, connections: number, until: { seconds: number } | { stop: Promise<unknown> }): Promise<Record<string, TPageFigures>> {
  const perPage = Math.max(1, Math.floor(connections / PAGES.length));
  const runs = PAGES.map((page, index) => {
    const extra = index < connections - perPage * PAGES.length ? 1 : 0;
    const duration = "seconds" in until ? until.seconds : 3_600;
    let instance: autocannon.Instance | undefined;
    const done = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon({ url: `${base}${page}`, connections: perPage + extra, duration, timeout: 30 }, (error, result) => (error ? reject(error) : resolve(result)));
    });
    return { page, instance: instance!, done };
  });
  if ("stop" in until) void until.stop.finally(() => runs.forEach((run) => run.instance.stop()));
  const results = await Promise.all(runs.map(async (run) => [run.page, await run.done] as const));
  return Object.fromEntries(
    results.map(([page, r]) => {
      const responses = r["1xx"] + r["2xx"] + r["3xx"] + r["4xx"] + r["5xx"];
      const figures: TPageFigures = { requestsPerSecond: Math.round((r["2xx"] / Math.max(r.duration, 0.001)) * 10) / 10, p50Ms: r.latency.p50, p99Ms: r.latency.p99, responses, non2xx: r.non2xx, errors: r.errors };
      return [page, figures];
    }),
  );
}

function runIngest(dir: string, env: NodeJS.ProcessEnv, maxSeconds: number): Promise<TIngestFigures> {
  const started = performance.now();
  const child = spawn("npx", ["tsx", "scripts/ingest.ts", dir], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const killer = setTimeout(() => process.kill(-child.pid!, "SIGTERM"), maxSeconds * 1000);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (exitCode) => {
      clearTimeout(killer);
      if (stderr.trim()) log(`ingest stderr (first lines):\n${stderr.split("\n").slice(0, 10).join("\n")}`);
      const summary = /(\d+) stored, (\d+) already stored, (\d+) failed\./.exec(stdout);
      resolve({
        finished: exitCode === 0,
        exitCode,
        seconds: Math.round((performance.now() - started) / 100) / 10,
        stored: summary ? Number(summary[1]) : null,
        failed: summary ? Number(summary[3]) : null,
        compared: /Compared the articles of \d+ stor(y|ies)/.test(stdout),
      });
    });
  });
}

async function main() {
  const { values } = parseArgs({ options: Object.fromEntries(Object.keys(ZOptions.shape).map((k) => [k, { type: "string" as const }])) });
  const options = ZOptions.parse(values);
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}: run NEXT_DIST_DIR=${distDir} npx next build first`);

  const workDir = mkdtempSync(path.join(os.tmpdir(), "load-during-ingest-"));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(workDir, "load.db")}`, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  let server: ReturnType<typeof spawn> | undefined;
  try {
    log(`fresh database in ${workDir}: migrating and ingesting seeds/`);
    runOrThrow(["tsx", "scripts/migrate.ts"], env);
    runOrThrow(["tsx", "scripts/ingest.ts", "seeds"], env);
    const seedTexts = readdirSync("seeds").filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(path.join("seeds", f), "utf8"));
    const articlesDir = path.join(workDir, "articles");
    mkdirSync(articlesDir);
    for (const article of generateCorpus(seedTexts, options.articles)) writeFileSync(path.join(articlesDir, article.fileName), article.text);

    const base = `http://127.0.0.1:${options.port}`;
    // Another app on the port would be measured instead of this one.
    if (await fetch(base).then(() => true, () => false)) throw new Error(`port ${options.port} is in use; pass --port`);
    server = spawn("npx", ["next", "start", "-p", String(options.port), "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
    await waitForServer(`${base}/api/sources`);
    for (const page of PAGES) for (let i = 0; i < 20; i++) await fetch(`${base}${page}`).then((r) => r.arrayBuffer());

    const idle = options["baseline-seconds"] > 0 ? await loadPages(base, options.connections, { seconds: options["baseline-seconds"] }) : null;
    log(`idle: ${JSON.stringify(idle)}`);
    log(`ingesting ${options.articles} generated articles under ${options.connections} connections`);
    const ingest = runIngest(articlesDir, env, options["max-ingest-seconds"]);
    const duringIngest = await loadPages(base, options.connections, { stop: ingest });
    const ingestFigures = await ingest;
    const listed = (await fetch(`${base}/api/sources`).then((r) => r.json())) as { sources: unknown[] };
    console.log(
      JSON.stringify({
        articles: options.articles,
        connections: options.connections,
        pages: PAGES,
        ingest: { ...ingestFigures, sourcesServedAfter: listed.sources.length, sourcesExpected: seedTexts.length + options.articles },
        idle,
        duringIngest,
      }),
    );
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
