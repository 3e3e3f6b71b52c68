// npm run ingest -- [--story ID|TITLE] <file|dir>... — reads .txt/.md articles, runs the pipeline,
// stores each article in its own transaction, in the story named by --story (an id, or a title: created
// when no story has it) or else in the story it matches best (a new one when none matches). One file:
// its story's comparison is recomputed in the same transaction. Several files: each touched story is
// recomputed once at the end (one pass instead of one per article).
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { expandArticlePaths, readArticleFile } from "../lib/articles/read-article-file";
import { ingestArticleText } from "../lib/articles/ingest-article";
import { inOrderPipeline } from "../lib/articles/in-order-pipeline";
import { ZStoryChoiceText } from "../lib/schemas/story-choice";
import { recomputeStaleStories } from "../lib/use-cases/story-edits";
import { disconnectPrisma } from "../lib/db/client";
import { renderProgressBar } from "../lib/format/progress-bar";

const USAGE = "usage: npm run ingest -- [--story ID|TITLE] <file|dir>...";
const ZArgs = z.object({
  paths: z.array(z.string().min(1)).min(1, USAGE),
  story: ZStoryChoiceText,
});

/** Files read and analysed ahead of the one being stored: enough to keep the analysis workers busy. */
const FILES_IN_FLIGHT = 4;

type TTally = { created: number; unchanged: number; failed: number };

function makeReporter(total: number) {
  const live = process.stdout.isTTY && total > 1;
  return {
    progress(done: number, label: string) {
      if (live) process.stdout.write(`\r\x1b[2K${renderProgressBar(done, total, label)}`);
    },
    line(text: string, isError = false) {
      if (live) process.stdout.write("\r\x1b[2K");
      (isError ? console.error : console.log)(text);
    },
  };
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { story: { type: "string" } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const args = ZArgs.safeParse({ paths: parsed.positionals, story: parsed.values.story });
  if (!args.success) {
    console.error(args.error.issues[0]?.message);
    return 2;
  }
  const { story } = args.data;
  const { files, errors } = await expandArticlePaths(args.data.paths);
  for (const error of errors) console.error(`✗ ${error.message}`);
  const tally: TTally = { created: 0, unchanged: 0, failed: errors.length };
  const report = makeReporter(files.length);
  const deferComparison = files.length > 1;
  // A few files are read and analysed ahead while earlier ones are stored; lines still come in file order.
  const outcomes = inOrderPipeline(files, FILES_IN_FLIGHT, async (file) =>
    ingestArticleText(await readArticleFile(file), path.basename(file), undefined, { deferComparison, story }),
  );
  for (const [index, file] of files.entries()) {
    const label = `[${index + 1}/${files.length}] ${path.relative(process.cwd(), file) || file}`;
    report.progress(index, path.basename(file));
    const settled = (await outcomes.next()).value as PromiseSettledResult<Awaited<ReturnType<typeof ingestArticleText>>>;
    try {
      if (settled.status === "rejected") throw settled.reason;
      const outcome = settled.value;
      tally[outcome.created ? "created" : "unchanged"]++;
      const what = outcome.created
        ? `stored as ${outcome.id} in story ${outcome.storyId} (${outcome.counts.quotes} quotes, ${outcome.counts.claims} claims, ${outcome.counts.entities} entities)`
        : `already stored as ${outcome.id} in story ${outcome.storyId}; nothing changed`;
      report.line(`✓ ${label}: ${what}`);
    } catch (error) {
      tally.failed++;
      const message = error instanceof Error ? error.message : String(error);
      // Errors name the file by its path (reading) or its base name (analysing); the label already names it.
      const prefix = [`${file}: `, `${path.basename(file)}: `].find((p) => message.startsWith(p));
      report.line(`✗ ${label}: ${prefix ? message.slice(prefix.length) : message}`, true);
    }
  }
  report.progress(files.length, "comparing sources…");
  const started = Date.now();
  const recomputed = await recomputeStaleStories();
  if (recomputed) report.line(`Compared the articles of ${recomputed} ${recomputed === 1 ? "story" : "stories"} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`${tally.created} stored, ${tally.unchanged} already stored, ${tally.failed} failed.`);
  return tally.failed > 0 ? 1 : 0;
}

main()
  .then(async (code) => {
    await disconnectPrisma();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    await disconnectPrisma();
    process.exit(1);
  });
