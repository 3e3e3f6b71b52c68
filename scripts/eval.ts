// npm run eval [-- --json] [--verbose] [--seeds <dir>] [--gold <dir>] [--no-events] [--no-stories] [--story-corpus <stories>x<articles>]
// Runs the pure pipeline on the seed articles and scores it against the gold annotations in
// tests/fixtures/gold; then, where ../shared/dev-events and its scorer exist, scores the development
// events through the public command-line contract (../shared/tools/score-events.sh, one line per event).
// Last (text output only), story assignment: the seeds and each development event as one story, in folder order and
// shuffled, and a generated corpus of invented stories (100 x 20 unless --story-corpus says otherwise).
// It reports; it never fails the build (exit 0 unless the inputs cannot be read).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { analyzeArticle } from "../lib/analysis";
import { compareSources } from "../lib/comparison";
import type { TComparison, TSourceAnalysis } from "../lib/schemas/pipeline";
import { ZGoldArticle, ZGoldCrossSource, type TGoldArticle, type TGoldCrossSource } from "../lib/eval/gold";
import { evaluate, formatReport, reportFigures } from "../lib/eval/report";
import { ARTICLE_EXTENSIONS, readArticleFile } from "../lib/articles/read-article-file";
import { generateStoryCorpus, shuffled } from "../lib/bench/generate-stories";
import { seededRandom } from "../lib/bench/seeded-random";
import { formatStoryAssignmentRun, runStoryAssignment, type TArticleToAssign } from "../lib/eval/story-assignment";
import { articleFingerprint } from "../lib/stories/article-fingerprint";

type Args = { json: boolean; verbose: boolean; seeds: string; gold: string; events: boolean; stories: boolean; storyCorpus: TStoryCorpusSize };
type TStoryCorpusSize = { stories: number; articlesPerStory: number };

function parseArgs(argv: string[]): Args {
  const root = process.cwd();
  const args: Args = { json: false, verbose: false, seeds: path.join(root, "seeds"), gold: path.join(root, "tests/fixtures/gold"), events: true, stories: true, storyCorpus: { stories: 100, articlesPerStory: 20 } };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") args.json = true;
    else if (a === "--verbose" || a === "-v") args.verbose = true;
    else if (a === "--seeds") args.seeds = path.resolve(argv[++i] ?? "");
    else if (a === "--gold") args.gold = path.resolve(argv[++i] ?? "");
    else if (a === "--no-events") args.events = false;
    else if (a === "--no-stories") args.stories = false;
    else if (a === "--story-corpus") args.storyCorpus = parseStoryCorpusSize(argv[++i]);
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run eval -- [--json] [--verbose] [--seeds <dir>] [--gold <dir>] [--no-events] [--no-stories] [--story-corpus <stories>x<articles>]");
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
    if (args.stories) await reportStoryAssignment(args);
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

// ---- Story assignment (lib/stories): which articles report the same event ----

const ZStoryCorpusSize = z
  .string()
  .regex(/^\d{1,5}x\d{1,3}$/, "expected <stories>x<articles per story>, e.g. 100x20")
  .transform((v) => v.split("x").map(Number))
  .refine(([stories, perStory]) => stories >= 1 && perStory >= 1, "both counts must be at least 1")
  .transform(([stories, articlesPerStory]) => ({ stories, articlesPerStory }));

function parseStoryCorpusSize(value: string | undefined): TStoryCorpusSize {
  const parsed = ZStoryCorpusSize.safeParse(value ?? "");
  if (!parsed.success) throw new Error(`--story-corpus: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The shuffle seed of the story-assignment runs: fixed, so the figures repeat from run to run. */
const STORY_SHUFFLE_SEED = 1;
const GENERATED_STORIES_SEED = 7;

/** Article files of a folder (not its GOLD.md or README.md), analysed and fingerprinted as one true story. */
async function fingerprintFolder(dir: string, story: string): Promise<TArticleToAssign[]> {
  const isArticle = (f: string) => ARTICLE_EXTENSIONS.some((ext) => f.toLowerCase().endsWith(ext)) && !/^[A-Z]+\.md$/.test(f);
  const files = (await readdir(dir)).filter(isArticle).sort();
  const out: TArticleToAssign[] = [];
  for (const f of files) {
    const analysis = analyzeArticle(await readArticleFile(path.join(dir, f)), { fileName: f });
    out.push({ id: `${story}/${f}`, trueStory: story, fingerprint: articleFingerprint({ text: analysis.text, analysis }) });
  }
  return out;
}

/** The seeds (one story) and each development event (one story per folder), in folder order. */
async function fingerprintRealStories(seedsDir: string): Promise<{ articles: TArticleToAssign[]; note: string | null }> {
  const articles = await fingerprintFolder(seedsDir, "seeds");
  const eventsDir = path.resolve("..", "shared", "dev-events");
  if (!existsSync(eventsDir)) return { articles, note: "../shared/dev-events is not on this machine: the seeds alone" };
  const events = (await readdir(eventsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const event of events) articles.push(...(await fingerprintFolder(path.join(eventsDir, event), event)));
  return { articles, note: null };
}

async function reportStoryAssignment(args: Args): Promise<void> {
  console.log("\nSTORY ASSIGNMENT (lib/stories: each article joins the best-matching story or starts one; pairwise P/R/F1 over article pairs)");
  const real = await fingerprintRealStories(args.seeds);
  if (real.note) console.log(`  ${real.note}`);
  console.log(`  ${formatStoryAssignmentRun(runStoryAssignment("seeds + dev events, folder order", real.articles))}`);
  const reordered = shuffled(real.articles, seededRandom(STORY_SHUFFLE_SEED));
  console.log(`  ${formatStoryAssignmentRun(runStoryAssignment(`seeds + dev events, shuffled (seed ${STORY_SHUFFLE_SEED})`, reordered))}`);

  const { stories, articlesPerStory } = args.storyCorpus;
  const corpus = generateStoryCorpus({ stories, articlesPerStory, seed: GENERATED_STORIES_SEED });
  let started = performance.now();
  const analyses = corpus.articles.map((a) => analyzeArticle(a.text));
  const analysisMs = performance.now() - started;
  started = performance.now();
  const generated = corpus.articles.map((a, i) => ({ id: a.id, trueStory: a.storyId, fingerprint: articleFingerprint({ text: analyses[i].text, analysis: analyses[i] }) }));
  const fingerprintMs = performance.now() - started;
  const run = runStoryAssignment(`generated ${stories} stories x ${articlesPerStory}, shuffled`, shuffled(generated, seededRandom(STORY_SHUFFLE_SEED)));
  console.log(`  ${formatStoryAssignmentRun(run)}`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`  generated corpus: fingerprints ${seconds(fingerprintMs)} + assignment ${seconds(run.assignMs)}; the article analysis before them took ${seconds(analysisMs)}`);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
