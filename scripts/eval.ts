// npm run eval [-- --json] [--verbose] [--seeds <dir>] [--gold <dir>] [--no-events]
// Runs the pure pipeline on the seed articles and scores it against the gold annotations in
// tests/fixtures/gold; then, where ../shared/dev-events and its scorer exist, scores the development
// events through the public command-line contract (../shared/tools/score-events.sh, one line per event).
// It reports; it never fails the build (exit 0 unless the inputs cannot be read).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { analyzeArticle } from "../lib/analysis";
import { compareSources } from "../lib/comparison";
import type { TComparison, TSourceAnalysis } from "../lib/schemas/pipeline";
import { ZGoldArticle, ZGoldCrossSource, type TGoldArticle, type TGoldCrossSource } from "../lib/eval/gold";
import { evaluate, formatReport, reportFigures } from "../lib/eval/report";

type Args = { json: boolean; verbose: boolean; seeds: string; gold: string; events: boolean };

function parseArgs(argv: string[]): Args {
  const root = process.cwd();
  const args: Args = { json: false, verbose: false, seeds: path.join(root, "seeds"), gold: path.join(root, "tests/fixtures/gold"), events: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") args.json = true;
    else if (a === "--verbose" || a === "-v") args.verbose = true;
    else if (a === "--seeds") args.seeds = path.resolve(argv[++i] ?? "");
    else if (a === "--gold") args.gold = path.resolve(argv[++i] ?? "");
    else if (a === "--no-events") args.events = false;
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run eval -- [--json] [--verbose] [--seeds <dir>] [--gold <dir>] [--no-events]");
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

async function loadGold(dir: string): Promise<{ articles: TGoldArticle[]; cross: TGoldCrossSource | null }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  const articles: TGoldArticle[] = [];
  let cross: TGoldCrossSource | null = null;
  for (const f of files) {
    const data: unknown = JSON.parse(await readFile(path.join(dir, f), "utf8"));
    if (f === "cross-source.json") cross = ZGoldCrossSource.parse(data);
    else articles.push(ZGoldArticle.parse(data));
  }
  return { articles, cross };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const { articles, cross } = await loadGold(args.gold);
  const seedFiles = (await readdir(args.seeds)).filter((f) => /\.(txt|md)$/i.test(f)).sort();

  const sources: TSourceAnalysis[] = [];
  const errors: string[] = [];
  for (const f of seedFiles) {
    try {
      const raw = await readFile(path.join(args.seeds, f), "utf8");
      const analysis = analyzeArticle(raw, { fileName: f });
      sources.push({ sourceId: f, outlet: analysis.meta.outlet, analysis });
    } catch (err) {
      errors.push(`analyzeArticle failed on ${f}: ${(err as Error).message}`);
    }
  }
  let comparison: TComparison | null = null;
  try {
    comparison = compareSources(sources);
  } catch (err) {
    errors.push(`compareSources failed: ${(err as Error).message}`);
  }

  const report = evaluate(articles, cross, { sources, comparison });
  if (args.json) {
    console.log(JSON.stringify({ ...reportFigures(report), errors }, null, 2));
  } else {
    for (const e of errors) console.error(e);
    console.log(formatReport(report, args.verbose));
    if (args.events) scoreDevelopmentEvents(args.verbose);
  }
  return 0;
}

/**
 * The development events (../shared/dev-events) through the public CLI contract, scored by the shared scorer
 * whose output is the reference: one line per event and a total. Skipped, with a note, where they are absent.
 */
function scoreDevelopmentEvents(verbose: boolean): void {
  const scorer = path.resolve("..", "shared", "tools", "score-events.sh");
  console.log("\nDEVELOPMENT EVENTS (../shared/tools/score-events.sh: ingest, fact sheet, score; per event)");
  if (!existsSync(scorer)) {
    console.log("  skipped: ../shared/tools/score-events.sh is not on this machine");
    return;
  }
  const run = spawnSync("bash", [scorer], { encoding: "utf8", env: { ...process.env, ...(verbose ? { VERBOSE: "1" } : {}) }, maxBuffer: 16 * 1024 * 1024 });
  const out = `${run.stdout ?? ""}`.trim();
  console.log(out.split("\n").map((l) => `  ${l}`).join("\n"));
  if (run.status !== 0) console.log(`  (below the development targets: exit ${run.status})`);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
