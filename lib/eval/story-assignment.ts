import type { TArticleFingerprint } from "@/lib/stories/article-fingerprint";
import { StoryIndex } from "@/lib/stories/story-index";

/**
 * Scoring of story assignment as a clustering: a pair of articles is "together" when they share a story.
 * Pairwise precision is the share of pairs put together that truly belong together, recall the share of
 * true pairs put together. Counted from a contingency table (assigned story x true story), so the cost
 * is linear in the number of articles, never quadratic in pairs.
 */

export type TClusteredArticle = { id: string; trueStory: string; assignedStory: string };

export type TPairwiseScore = {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs both in one assigned story and in one true story. */
  correctPairs: number;
  assignedPairs: number;
  truePairs: number;
  articles: number;
  assignedStories: number;
  trueStories: number;
};

const pairsOf = (n: number) => (n * (n - 1)) / 2;

function countBy<T>(items: T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function sumPairs(counts: Map<string, number>): number {
  let sum = 0;
  for (const n of counts.values()) sum += pairsOf(n);
  return sum;
}

/** Pairwise precision, recall and F1 of an assignment against the true stories. With no pairs to make or find, the score is 1. */
export function scorePairwise(articles: TClusteredArticle[]): TPairwiseScore {
  const assigned = countBy(articles, (a) => a.assignedStory);
  const truth = countBy(articles, (a) => a.trueStory);
  // JSON keeps the two ids apart whatever characters they hold
  const cells = countBy(articles, (a) => JSON.stringify([a.assignedStory, a.trueStory]));
  const correctPairs = sumPairs(cells);
  const assignedPairs = sumPairs(assigned);
  const truePairs = sumPairs(truth);
  const precision = assignedPairs === 0 ? 1 : correctPairs / assignedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, correctPairs, assignedPairs, truePairs, articles: articles.length, assignedStories: assigned.size, trueStories: truth.size };
}

export type TArticleToAssign = { id: string; trueStory: string; fingerprint: TArticleFingerprint };

/**
 * Runs story assignment over the articles in the given order, as an ingest would: each article joins
 * the story `StoryIndex.best` names, or starts a new one ("story-1", "story-2", ...).
 */
export function assignInOrder(articles: TArticleToAssign[], options: { joinThreshold?: number } = {}): TClusteredArticle[] {
  const index = new StoryIndex(options);
  const out: TClusteredArticle[] = [];
  let created = 0;
  for (const article of articles) {
    const storyId = index.best(article.fingerprint).storyId ?? `story-${++created}`;
    index.add(storyId, article.fingerprint);
    out.push({ id: article.id, trueStory: article.trueStory, assignedStory: storyId });
  }
  return out;
}

export type TStoryAssignmentRun = { label: string; score: TPairwiseScore; assignMs: number };

/** Assigns the articles in the given order and scores the result, timing the assignment (best + add). */
export function runStoryAssignment(label: string, articles: TArticleToAssign[]): TStoryAssignmentRun {
  const started = performance.now();
  const assigned = assignInOrder(articles);
  const assignMs = performance.now() - started;
  return { label, score: scorePairwise(assigned), assignMs };
}

/** One report line: "label  P 1.000  R 0.950  F1 0.974  (31 articles, 7 true stories, 8 assigned; 3 ms)". */
export function formatStoryAssignmentRun(run: TStoryAssignmentRun): string {
  const s = run.score;
  const figures = `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
  return `${run.label.padEnd(44)} ${figures}  (${s.articles} articles, ${s.trueStories} true stories, ${s.assignedStories} assigned; ${Math.round(run.assignMs)} ms)`;
}
