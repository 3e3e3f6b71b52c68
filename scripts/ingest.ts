// npm run ingest -- [--story ID|TITLE] [--feed URL|FILE]... <file|dir|URL>... — reads .txt/.md articles,
// fetches http(s) links (pages; a feed's article links, skipping those already stored), runs the
// pipeline, and stores each article in its own transaction, in the story named by --story (an id, or a
// title: created when no story has it) or else in the story it matches best (a new one when none
// matches). One article: its story's comparison is recomputed in the same transaction. Several: each
// touched story is recomputed once at the end (one pass instead of one per article).
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { expandArticlePaths, readArticleFile } from "../lib/articles/read-article-file";
import { ingestArticleText } from "../lib/articles/ingest-article";
import { inOrderPipeline } from "../lib/articles/in-order-pipeline";
import { submitArticle } from "../lib/articles/submit-article";
import { isLink, readFeedLinks } from "../lib/articles/feed-links";
import { ZStoryChoiceText } from "../lib/schemas/story-choice";
import { recomputeStaleStories } from "../lib/use-cases/story-edits";
import { disconnectPrisma } from "../lib/db/client";
import { renderProgressBar } from "../lib/format/progress-bar";

const USAGE = "usage: npm run ingest -- [--story ID|TITLE] [--feed URL|FILE]... <file|dir|URL>...";
const ZArgs = z
  .object({
    paths: z.array(z.string().min(1)),
    feeds: z.array(z.string().min(1)),
    story: ZStoryChoiceText,
  })
  .refine((args) => args.paths.length + args.feeds.length > 0, USAGE);

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
    parsed = parseArgs({ allowPositionals: true, options: { story: { type: "string" }, feed: { type: "string", multiple: true } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const args = ZArgs.safeParse({ paths: parsed.positionals, feeds: parsed.values.feed ?? [], story: parsed.values.story });
  if (!args.success) {
    console.error(args.error.issues[0]?.message);
    return 2;
  }
  const { story } = args.data;
  const { files, errors } = await expandArticlePaths(args.data.paths.filter((p) => !isLink(p)));
  for (const error of errors) console.error(`✗ ${error.message}`);
  const tally: TTally = { created: 0, unchanged: 0, failed: errors.length };
  const feedLinks: string[] = [];
  for (const feed of args.data.feeds) {
    try {
      const found = await readFeedLinks(feed);
      const { skipped } = found.feed;
      const dropped = [skipped.noLink && `${skipped.noLink} without a usable link`, skipped.duplicate && `${skipped.duplicate} repeated`, skipped.overLimit && `${skipped.overLimit} over the limit`].filter(Boolean);
      console.log(
        `Feed ${found.feed.title ? `“${found.feed.title}”` : feed}: ${found.feed.items.length} articles, ${found.alreadyStored.length} already stored (skipped), ${found.links.length} to add` +
          (dropped.length ? `; items left out: ${dropped.join(", ")}` : ""),
      );
      feedLinks.push(...found.links);
      tally.unchanged += found.alreadyStored.length;
    } catch (error) {
      tally.failed++;
      console.error(`✗ feed ${feed}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const links = [...new Set([...args.data.paths.filter(isLink), ...feedLinks])];
  const items = [...files, ...links];
  const report = makeReporter(items.length);
  const deferComparison = items.length > 1;
  // A few articles are read (or fetched) and analysed ahead while earlier ones are stored; lines still come in order.
  const outcomes = inOrderPipeline(items, FILES_IN_FLIGHT, async (item) =>
    isLink(item)
      ? submitArticle({ link: item, meta: {}, story, deferComparison, client: "cli" })
      : ingestArticleText(await readArticleFile(item), path.basename(item), undefined, { deferComparison, story }),
  );
  for (const [index, file] of items.entries()) {
    const label = `[${index + 1}/${items.length}] ${isLink(file) ? file : path.relative(process.cwd(), file) || file}`;
    report.progress(index, isLink(file) ? file : path.basename(file));
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
  report.progress(items.length, "comparing sources…");
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
