// npm run ingest -- <file|dir>... — reads .txt/.md articles, runs the pipeline, stores each in one transaction.
import path from "node:path";
import { z } from "zod";
import { expandArticlePaths, readArticleFile } from "../lib/articles/read-article-file";
import { ingestArticleText } from "../lib/articles/ingest-article";
import { disconnectPrisma } from "../lib/db/client";

const ZArgs = z.array(z.string().min(1)).min(1, "usage: npm run ingest -- <file|dir>...");

async function main(): Promise<number> {
  const args = ZArgs.safeParse(process.argv.slice(2));
  if (!args.success) {
    console.error(args.error.issues[0]?.message);
    return 2;
  }
  const { files, errors } = await expandArticlePaths(args.data);
  for (const error of errors) console.error(`✗ ${error.message}`);
  let created = 0;
  let unchanged = 0;
  let failed = errors.length;
  for (const [index, file] of files.entries()) {
    const label = `[${index + 1}/${files.length}] ${path.relative(process.cwd(), file) || file}`;
    try {
      const text = await readArticleFile(file);
      const outcome = await ingestArticleText(text, path.basename(file));
      if (outcome.created) created++;
      else unchanged++;
      const what = outcome.created
        ? `stored as ${outcome.id} (${outcome.counts.quotes} quotes, ${outcome.counts.claims} claims, ${outcome.counts.entities} entities)`
        : `already stored as ${outcome.id}; nothing changed`;
      console.log(`✓ ${label}: ${what}`);
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      console.error(`✗ ${label}: ${message.startsWith(file) ? message.slice(file.length + 2) : message}`);
    }
  }
  console.log(`${created} stored, ${unchanged} already stored, ${failed} failed.`);
  return failed > 0 ? 1 : 0;
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
