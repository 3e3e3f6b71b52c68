// npm run ingest -- <file|dir>... — reads .txt/.md articles, runs the pipeline, stores each article in
// its own transaction. One file: the comparison is recomputed in the same transaction. Several files:
// the comparison is recomputed once at the end (one pass instead of one per article).
import path from "node:path";
import { z } from "zod";
import { expandArticlePaths, readArticleFile } from "../lib/articles/read-article-file";
import { ingestArticleText } from "../lib/articles/ingest-article";
import { recomputeIfStale } from "../lib/db/sources";
import { disconnectPrisma } from "../lib/db/client";
import { renderProgressBar } from "../lib/format/progress-bar";

const ZArgs = z.array(z.string().min(1)).min(1, "usage: npm run ingest -- <file|dir>...");

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
  const args = ZArgs.safeParse(process.argv.slice(2));
  if (!args.success) {
    console.error(args.error.issues[0]?.message);
    return 2;
  }
  const { files, errors } = await expandArticlePaths(args.data);
  for (const error of errors) console.error(`✗ ${error.message}`);
  const tally: TTally = { created: 0, unchanged: 0, failed: errors.length };
  const report = makeReporter(files.length);
  const deferComparison = files.length > 1;
  for (const [index, file] of files.entries()) {
    const label = `[${index + 1}/${files.length}] ${path.relative(process.cwd(), file) || file}`;
    report.progress(index, path.basename(file));
    try {
      const outcome = await ingestArticleText(await readArticleFile(file), path.basename(file), undefined, { deferComparison });
      tally[outcome.created ? "created" : "unchanged"]++;
      const what = outcome.created
        ? `stored as ${outcome.id} (${outcome.counts.quotes} quotes, ${outcome.counts.claims} claims, ${outcome.counts.entities} entities)`
        : `already stored as ${outcome.id}; nothing changed`;
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
  const recomputed = await recomputeIfStale();
  if (recomputed) report.line(`Compared all sources in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
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
