// Child of `npm run bench`: ingests N generated articles into DATABASE_URL (already migrated) and
// prints one JSON line of figures; runs in its own process so its peak memory is its own.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { generateCorpus } from "../../lib/bench/generate-corpus";
import { ingestArticleText } from "../../lib/articles/ingest-article";
import { recomputeStaleStories } from "../../lib/use-cases/story-edits";
import { disconnectPrisma, getPrisma } from "../../lib/db/client";

const count = Number(process.argv[2]);
const seedDir = path.resolve("seeds");
const sources = readdirSync(seedDir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(path.join(seedDir, f), "utf8"));
const corpus = generateCorpus(sources, count);

const started = performance.now();
// the corpus recombines one event: one story, so the rows measure one comparison of every article as before
for (const article of corpus) await ingestArticleText(article.text, article.fileName, undefined, { deferComparison: true, story: { storyTitle: "Generated corpus" } });
const stored = performance.now();
await recomputeStaleStories();
const compared = performance.now();
const prisma = getPrisma();
const [claims, groups, discrepancies, entities] = await Promise.all([prisma.claim.count(), prisma.claimGroup.count(), prisma.discrepancy.count(), prisma.entity.count()]);
await disconnectPrisma();
console.log(JSON.stringify({
  articles: count,
  analyseAndStoreMs: stored - started,
  compareMs: compared - stored,
  totalMs: compared - started,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  claims, groups, discrepancies, entities,
}));
