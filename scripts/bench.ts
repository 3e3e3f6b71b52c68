// npm run bench [-- --sizes 3,100,1000] [--stories 500 --articles-per-story 20] [--skip-server] [--keep-databases] — prints a
// table of figures measured in this run: tokenizer vs pipeline throughput, hostile-paste growth, ingest + comparison
// time and peak memory per corpus size (one story), server latency of a story's /claims, /discrepancies, /compare and
// /api/factsheet (autocannon on loopback) on a corpus of about 10,000 claims (--latency-articles, default 420) and on
// the largest one; then many generated stories: ingest with automatic assignment (pairwise precision/recall), adding
// one article to a story, and `/` and a story's pages at one and fifty connections.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import autocannon from "autocannon";

const ZOptions = z.object({
  sizes: z.string().default("3,100,1000").transform((s) => s.split(",").map((n) => z.coerce.number().int().min(1).max(5000).parse(n))),
  "skip-server": z.boolean().default(false),
  // the generated databases (tens of MB each) are removed at the end unless asked to keep them for a look
  "keep-databases": z.boolean().default(false),
  port: z.coerce.number().int().default(3200),
  // the "about 10,000 claims": a corpus of this many articles is measured too (~24 claims each)
  "latency-articles": z.coerce.number().int().min(1).max(5000).default(420),
  // many stories: issue 14's corpus of 10,000 articles in 500 stories (0 skips it)
  stories: z.coerce.number().int().min(0).max(2000).default(500),
  "articles-per-story": z.coerce.number().int().min(2).max(100).default(20),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each child prints its own JSON shape
function runChild(script: string, args: string[], env: Record<string, string> = {}): Record<string, any> {
  const result = spawnSync("npx", ["tsx", script, ...args], { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop()!);
}

const databaseDirs: string[] = [];

function freshDatabase(label: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${label}-`));
  databaseDirs.push(dir);
  const url = `file:${path.join(dir, "bench.db")}`;
  const migrate = spawnSync("npx", ["tsx", "scripts/migrate.ts"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: url } });
  if (migrate.status !== 0) throw new Error(migrate.stderr);
  return url;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measureLatency(url: string, requests = 200): Promise<{ p50: number; p95: number; errors: number }> {
  // Warm up until the JIT has compiled the render path: the figures are the steady-state server time.
  for (let i = 0; i < Math.min(50, requests); i++) await fetch(url).then((r) => r.arrayBuffer());
  const times: number[] = [];
  let errors = 0;
  // One connection so each figure is the server's time for one request, not time spent queueing.
  await new Promise<void>((resolve, reject) => {
    // Bounded in count and in time, on loopback only.
    const instance = autocannon({ url, connections: 1, amount: requests, duration: 60, timeout: 30 }, (error) => (error ? reject(error) : resolve()));
    instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status === 200) times.push(responseTime);
      else errors++;
    });
  });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), errors };
}

async function waitForServer(url: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${url} did not start`);
}

const benchEnv = (databaseUrl: string) => ({ ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1" });

function buildApp(databaseUrl: string): void {
  const build = spawnSync("npx", ["next", "build"], { encoding: "utf8", env: benchEnv(databaseUrl) });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
}

/** The path of the newest story on the overview (its pages are /stories/ID/claims and so on). */
async function newestStoryPath(base: string): Promise<string> {
  const html = await (await fetch(`${base}/`)).text();
  const found = /href="(\/stories\/sty_[0-9a-z]+)"/.exec(html);
  if (!found) throw new Error("the overview lists no story");
  return found[1];
}

/** Requests/s and p99 with `connections` concurrent connections for `seconds`, on loopback. */
async function measureThroughput(url: string, connections = 50, seconds = 10): Promise<{ requestsPerSecond: number; p99: number; non2xx: number }> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 30 });
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx };
}

async function withServer<T>(databaseUrl: string, port: number, work: (base: string) => Promise<T>): Promise<T> {
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env: benchEnv(databaseUrl), stdio: "ignore", detached: true });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/api/sources`);
    return await work(base);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

/** Pages of a database of many stories: `/` and the newest story's claims and discrepancies, one connection and fifty. */
async function storyServerFigures(databaseUrl: string, port: number) {
  return withServer(databaseUrl, port, async (base) => {
    const story = `${base}${await newestStoryPath(base)}`;
    const pages = { overview: `${base}/`, claims: `${story}/claims`, discrepancies: `${story}/discrepancies` };
    const latency = { overview: await measureLatency(pages.overview), claims: await measureLatency(pages.claims), discrepancies: await measureLatency(pages.discrepancies) };
    const load = { overview: await measureThroughput(pages.overview), claims: await measureThroughput(pages.claims), discrepancies: await measureThroughput(pages.discrepancies) };
    return { latency, load };
  });
}

async function serverFigures(databaseUrl: string, port: number) {
  const env = benchEnv(databaseUrl);
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/api/sources`);
    // these corpora are one story: its pages, as /claims leads to them
    const story = `${base}${await newestStoryPath(base)}`;
    const claims = await measureLatency(`${story}/claims`);
    const claimsAll = await measureLatency(`${story}/claims?scope=all&page=3`);
    const discrepancies = await measureLatency(`${story}/discrepancies`);
    const compare = await measureLatency(`${story}/compare`, 50);
    const factsheet = await measureLatency(`${base}/api/factsheet?format=json`, 10);
    return { claims, claimsAll, discrepancies, compare, factsheet };
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" }, "skip-server": { type: "boolean" }, "keep-databases": { type: "boolean" }, port: { type: "string" }, "latency-articles": { type: "string" },
      stories: { type: "string" }, "articles-per-story": { type: "string" },
    },
  });
  const options = ZOptions.parse(values);
  try {
    await measure(options);
  } finally {
    if (options["keep-databases"]) console.error(`databases kept in: ${databaseDirs.join(" ")}`);
    else for (const dir of databaseDirs) rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(options: z.infer<typeof ZOptions>) {
  const lines: string[] = [];
  const out = (line = "") => {
    lines.push(line);
    console.log(line);
  };
  out(`# Benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${fmt(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  out();
  const tok = runChild("scripts/bench/tokenizer-throughput.ts", []);
  out("| Throughput (same text) | tokens/s |");
  out("| --- | ---: |");
  out(`| bare wink-nlp tokenizer | ${fmt(tok.bareTokensPerSecond)} |`);
  out(`| full per-article pipeline | ${fmt(tok.pipelineTokensPerSecond)} |`);
  out(`| ratio (target ≥ 30%) | ${fmt((100 * tok.pipelineTokensPerSecond) / tok.bareTokensPerSecond, 1)}% |`);
  out();
  const hostile = runChild("scripts/bench/hostile-growth.ts", []);
  out("| Hostile paste (one article) | characters | ms | ×4 characters | ms | growth (target < ×6; quadratic is ×16) |");
  out("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const h of hostile.shapes as Array<Record<string, number | string>>) {
    const [sc, sm, lc, lm] = [h.smallChars, h.smallMs, h.largeChars, h.largeMs].map(Number);
    out(`| ${h.shape} | ${fmt(sc)} | ${fmt(sm)} | ${fmt(lc)} | ${fmt(lm)} | ×${fmt(lm / Math.max(sm, 1), 1)} |`);
  }
  const limit = hostile.atLimit as { shape: string; bytes: number; ms: number; peakRssMb: number };
  out();
  out(`Slowest shape at the 2 MiB article limit ("${limit.shape}", ${fmt(limit.bytes)} bytes): ${fmt(limit.ms / 1000, 1)} s, peak memory ${fmt(limit.peakRssMb)} MB.`);
  out();
  out("| Articles | analyse + store (s) | compare (s) | total (s) | peak RSS (MB) | claims | groups | discrepancies |");
  out("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const runs: Array<{ figures: Record<string, number>; url: string }> = [];
  for (const size of options.sizes) {
    const url = freshDatabase(String(size));
    const r = runChild("scripts/bench/ingest-corpus.ts", [String(size)], { DATABASE_URL: url });
    runs.push({ figures: r, url });
    out(`| ${fmt(size)} | ${fmt(r.analyseAndStoreMs / 1000, 2)} | ${fmt(r.compareMs / 1000, 2)} | ${fmt(r.totalMs / 1000, 2)} | ${fmt(r.peakRssMb)} | ${fmt(r.claims)} | ${fmt(r.groups)} | ${fmt(r.discrepancies)} |`);
  }
  const [a, b] = runs.slice(-2).map((run) => run.figures);
  if (a && b && b.articles > a.articles) {
    out();
    out(`Growth ${fmt(a.articles)} → ${fmt(b.articles)} articles (×${fmt(b.articles / a.articles, 1)}): time ×${fmt(b.totalMs / a.totalMs, 2)}, comparison ×${fmt(b.compareMs / a.compareMs, 2)} (target: 10× articles < 15× time).`);
  }
  if (!options["skip-server"] && runs.length) {
    const targets = [runs[runs.length - 1]];
    if (!options.sizes.includes(options["latency-articles"])) {
      const url = freshDatabase(String(options["latency-articles"]));
      targets.unshift({ figures: runChild("scripts/bench/ingest-corpus.ts", [String(options["latency-articles"])], { DATABASE_URL: url }), url });
    }
    buildApp(targets[0].url);
    for (const target of targets) {
      const s = await serverFigures(target.url, options.port);
      out();
      out(`| Server latency, ${fmt(target.figures.articles)} articles, ${fmt(target.figures.claims)} claims stored (1 connection, loopback) | p50 (ms) | p95 (ms) |`);
      out("| --- | ---: | ---: |");
      out(`| GET /claims (target p95 < 50 ms at about 10,000 claims) | ${fmt(s.claims.p50, 1)} | ${fmt(s.claims.p95, 1)} |`);
      out(`| GET /claims?scope=all&page=3 | ${fmt(s.claimsAll.p50, 1)} | ${fmt(s.claimsAll.p95, 1)} |`);
      out(`| GET /discrepancies | ${fmt(s.discrepancies.p50, 1)} | ${fmt(s.discrepancies.p95, 1)} |`);
      out(`| GET /compare (coverage over every shared fact) | ${fmt(s.compare.p50, 1)} | ${fmt(s.compare.p95, 1)} |`);
      out(`| GET /api/factsheet?format=json | ${fmt(s.factsheet.p50, 1)} | ${fmt(s.factsheet.p95, 1)} |`);
    }
  }
  if (options.stories > 0) {
    const url = freshDatabase("stories");
    const r = runChild("scripts/bench/stories-corpus.ts", [String(options.stories), String(options["articles-per-story"])], { DATABASE_URL: url });
    const score = r.assignment as { precision: number; recall: number; f1: number; assignedStories: number };
    out();
    out(`| Many stories: ${fmt(r.articles)} articles in ${fmt(r.trueStories)} generated stories | figure |`);
    out("| --- | ---: |");
    out(`| analyse + assign + store (s) | ${fmt(r.analyseAssignAndStoreMs / 1000, 1)} |`);
    out(`| compare every story (s) | ${fmt(r.compareMs / 1000, 1)} |`);
    out(`| total (s, target < 150) | ${fmt(r.totalMs / 1000, 1)} |`);
    out(`| peak RSS (MB) | ${fmt(r.peakRssMb)} |`);
    out(`| stories found | ${fmt(score.assignedStories)} |`);
    out(`| assignment pairwise precision / recall / F1 (target F1 ≥ 0.95) | ${fmt(score.precision, 3)} / ${fmt(score.recall, 3)} / ${fmt(score.f1, 3)} |`);
    out(`| add one article to a ${fmt(options["articles-per-story"])}-article story, end to end (ms, target < 500) | ${fmt(r.addOne.ms)}${r.addOne.joinedTrueStory ? "" : " (joined the wrong story)"} |`);
    if (!options["skip-server"]) {
      if (!runs.length) buildApp(url);
      const s = await storyServerFigures(url, options.port + 1);
      out();
      out(`| Pages with ${fmt(r.articles)} articles in ${fmt(score.assignedStories)} stories | p50 (ms) | p95 (ms, target < 50) | req/s at 50 connections | p99 at 50 (ms) |`);
      out("| --- | ---: | ---: | ---: | ---: |");
      for (const [label, key] of [["GET /", "overview"], ["GET a story's /claims", "claims"], ["GET a story's /discrepancies", "discrepancies"]] as const) {
        out(`| ${label} | ${fmt(s.latency[key].p50, 1)} | ${fmt(s.latency[key].p95, 1)} | ${fmt(s.load[key].requestsPerSecond, 1)} | ${fmt(s.load[key].p99)} |`);
      }
    }
  }
  mkdirSync("bench-output", { recursive: true });
  writeFileSync("bench-output/results.md", `${lines.join("\n")}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
