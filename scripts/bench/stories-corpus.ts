// Child of `npm run bench`: a corpus of many stories generated at run time (different people, places,
// numbers and dates per story; lib/bench/generate-stories.ts), ingested into DATABASE_URL (already
// migrated) with automatic story assignment, as the command line does: every article stored, then each
// story compared once. Prints one JSON line: time, peak memory, assignment against the known stories
// (pairwise precision/recall/F1), then the time to add one more article to a story of
// `articlesPerStory` articles end to end (analysis, assignment, store, that story's comparison).
// usage: tsx scripts/bench/stories-corpus.ts STORIES ARTICLES_PER_STORY
import { ingestArticleText } from "../../lib/articles/ingest-article";
import { inOrderPipeline } from "../../lib/articles/in-order-pipeline";
import { closeAnalysisPool } from "../../lib/articles/analysis-pool";
import { generateStoryCorpus, type TGeneratedStoryArticle } from "../../lib/bench/generate-stories";
import { disconnectPrisma, getPrisma } from "../../lib/db/client";
import { scorePairwise } from "../../lib/eval/story-assignment";
import { recomputeStaleStories } from "../../lib/use-cases/story-edits";

const stories = Number(process.argv[2] ?? 500);
const perStory = Number(process.argv[3] ?? 20);
// one article more per story is generated; the first story's last one is held back to be added at the end
const corpus = generateStoryCorpus({ stories, articlesPerStory: perStory + 1, seed: 11 });
const isHeldBack = (a: TGeneratedStoryArticle) => a.id.endsWith(`-a${perStory + 1}`);
const heldBack = corpus.articles.find((a) => a.storyId === corpus.stories[0].storyId && isHeldBack(a))!;
const articles = corpus.articles.filter((a) => !isHeldBack(a));

/** The article as a file with front matter, as a desk would save it. */
const asFile = (a: TGeneratedStoryArticle) =>
  `---\noutlet: ${a.outlet}\n${a.publishedAt ? `published: ${a.publishedAt}\n` : ""}---\n${a.text}`;

const log = (line: string) => console.error(`[stories-corpus] ${line}`);
const trueStoryOf = new Map<string, string>();
const started = performance.now();
// as the command line does: a few articles analysed ahead while earlier ones are stored
const outcomes = inOrderPipeline(articles, 4, (article) => ingestArticleText(asFile(article), `${article.id}.md`, undefined, { deferComparison: true }));
for (const [index, article] of articles.entries()) {
  const settled = (await outcomes.next()).value as PromiseSettledResult<Awaited<ReturnType<typeof ingestArticleText>>>;
  if (settled.status === "rejected") throw settled.reason;
  trueStoryOf.set(settled.value.id, article.storyId);
  if ((index + 1) % 1000 === 0) log(`${index + 1}/${articles.length} stored, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
const stored = performance.now();
const compared = await recomputeStaleStories();
const done = performance.now();

const prisma = getPrisma();
const rows = await prisma.source.findMany({ select: { id: true, storyId: true } });
const score = scorePairwise(rows.map((r) => ({ id: r.id, trueStory: trueStoryOf.get(r.id) ?? r.id, assignedStory: r.storyId })));
const peakRssMb = process.resourceUsage().maxRSS / 1024;

// one article more for a story of `perStory` articles
const addStarted = performance.now();
const added = await ingestArticleText(asFile(heldBack), `${heldBack.id}.md`);
const addMs = performance.now() - addStarted;
const joinedStorySize = await prisma.source.count({ where: { storyId: added.storyId } });
const [storyCount, claims, discrepancies] = await Promise.all([prisma.story.count(), prisma.claim.count(), prisma.discrepancy.count()]);
await closeAnalysisPool();
await disconnectPrisma();
console.log(JSON.stringify({
  articles: articles.length,
  trueStories: stories,
  storiesFound: storyCount,
  storiesCompared: compared,
  analyseAssignAndStoreMs: stored - started,
  compareMs: done - stored,
  totalMs: done - started,
  peakRssMb,
  assignment: score,
  addOne: { ms: addMs, joinedStorySize, joinedTrueStory: trueStoryOf.get(rows.find((r) => r.storyId === added.storyId)?.id ?? "") === heldBack.storyId },
  claims,
  discrepancies,
}));
