import type { TArticleFingerprint } from "./article-fingerprint";
import { dateDistanceDays, dateFactor, dayNumberOf, MAX_DATE_GAP_DAYS } from "./story-dates";
import { channelShares, harmonicMean, keyContribution, type TChannelMass } from "./story-score";

/**
 * Stories as aggregated article fingerprints, with an inverted index from each name or term to the
 * stories whose articles carry it. The story a new article belongs to is found without looking at
 * every story: candidates come only from the postings of the article's most distinctive keys, and
 * each candidate is scored on the article's own bounded keys (see story-score.ts), times a date
 * factor (story-dates.ts). The article joins the best story when its score reaches the join
 * threshold; otherwise the caller starts a new story.
 */

/**
 * The score a story must reach for the article to join it. Measured with every article added to its true
 * story: rewrites of one event score 0.23 or more against a story of one other article (the hardest
 * pairs of the development events), articles of different generated events at most 0.15.
 */
export const JOIN_THRESHOLD = 0.18;
/** Pseudo-articles added to the corpus size, so that IDF is not extreme while the index is nearly empty. */
const IDF_PRIOR_ARTICLES = 32;
/** Candidate gathering reads the postings of this many of the article's most distinctive keys... */
const CANDIDATE_KEYS = 24;
/** ...skipping keys carried by more stories than this (too common to point at one story)... */
const MAX_POSTINGS_READ = 256;
/** ...and scores at most this many candidates in full. */
const MAX_CANDIDATES = 64;

export type TStoryCandidate = { storyId: string; score: number };
export type TStoryMatch = {
  /** The story to join, or null: start a new story. */
  storyId: string | null;
  /** The best eligible story's score (below the threshold when storyId is null; 0 when no story shares a key). */
  score: number;
  /** The second-best story when one is joined; the closest story when none is. */
  runnerUp: TStoryCandidate | null;
  reason: string;
};

type TStoryProfile = { articles: number; days: Map<number, number>; firstDay: number | null; lastDay: number | null };
type TQueryKey = { key: string; mass: number; isName: boolean };
type TScored = TStoryCandidate & TChannelMass;

const NAME_PREFIX = "e:";
const WORD_PREFIX = "t:";

/** Namespaced keys of a fingerprint with their weights (a repeated key keeps its largest weight). */
function keysOf(fp: TArticleFingerprint): Map<string, number> {
  const keys = new Map<string, number>();
  const put = (key: string, weight: number) => keys.set(key, Math.max(keys.get(key) ?? 0, weight));
  for (const e of fp.entities) put(NAME_PREFIX + e.key, e.weight);
  for (const t of fp.terms) put(WORD_PREFIX + t.key, t.weight);
  return keys;
}

const byScore = (a: TStoryCandidate, b: TStoryCandidate) => b.score - a.score || (a.storyId < b.storyId ? -1 : 1);

export class StoryIndex {
  private readonly stories = new Map<string, TStoryProfile>();
  /** key -> story id -> how many of that story's articles carry the key. */
  private readonly postings = new Map<string, Map<string, number>>();
  /** key -> how many articles (of all stories) carry it. */
  private readonly documentFrequency = new Map<string, number>();
  private articles = 0;
  readonly joinThreshold: number;

  constructor(options: { joinThreshold?: number } = {}) {
    this.joinThreshold = options.joinThreshold ?? JOIN_THRESHOLD;
  }

  get storyCount(): number {
    return this.stories.size;
  }

  get articleCount(): number {
    return this.articles;
  }

  add(storyId: string, fp: TArticleFingerprint): void {
    const story = this.stories.get(storyId) ?? { articles: 0, days: new Map(), firstDay: null, lastDay: null };
    this.stories.set(storyId, story);
    story.articles++;
    this.articles++;
    for (const key of keysOf(fp).keys()) {
      this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1);
      const posting = this.postings.get(key) ?? new Map<string, number>();
      this.postings.set(key, posting);
      posting.set(storyId, (posting.get(storyId) ?? 0) + 1);
    }
    const day = dayNumberOf(fp.publishedAt);
    if (day === null) return;
    story.days.set(day, (story.days.get(day) ?? 0) + 1);
    story.firstDay = story.firstDay === null ? day : Math.min(story.firstDay, day);
    story.lastDay = story.lastDay === null ? day : Math.max(story.lastDay, day);
  }

  /** Undoes `add(storyId, fp)` for an article that moved to another story or was deleted. */
  remove(storyId: string, fp: TArticleFingerprint): void {
    const story = this.stories.get(storyId);
    if (!story) return;
    for (const key of keysOf(fp).keys()) {
      const posting = this.postings.get(key);
      const inStory = posting?.get(storyId);
      if (!posting || !inStory) continue;
      if (inStory > 1) posting.set(storyId, inStory - 1);
      else posting.delete(storyId);
      if (posting.size === 0) this.postings.delete(key);
      const df = (this.documentFrequency.get(key) ?? 1) - 1;
      if (df > 0) this.documentFrequency.set(key, df);
      else this.documentFrequency.delete(key);
    }
    this.articles--;
    if (--story.articles <= 0) this.stories.delete(storyId);
    else this.forgetDay(story, dayNumberOf(fp.publishedAt));
  }

  /** The story the article best matches, or null (start a new story) when none reaches the join threshold. */
  best(fp: TArticleFingerprint): TStoryMatch {
    const query = this.weighQuery(fp);
    const total: TChannelMass = { names: 0, words: 0 };
    for (const k of query) total[k.isName ? "names" : "words"] += k.mass;
    const day = dayNumberOf(fp.publishedAt);
    const ranked: TScored[] = [];
    for (const storyId of this.gatherCandidates(query)) {
      const scored = this.scoreStory(storyId, query, total, day);
      if (scored && scored.score > 0) ranked.push(scored);
    }
    ranked.sort(byScore);
    const [first, second] = ranked;
    if (!first) return { storyId: null, score: 0, runnerUp: null, reason: "no story within the date window shares a distinctive name or term" };
    const why = `names ${first.names.toFixed(2)}, words ${first.words.toFixed(2)}; shares ${this.sharedKeys(first.storyId, query).join(", ")}`;
    const runnerUp = (c: TScored | undefined) => (c ? { storyId: c.storyId, score: c.score } : null);
    if (first.score < this.joinThreshold) {
      const reason = `closest story ${first.storyId} scores ${first.score.toFixed(2)} < ${this.joinThreshold} (${why})`;
      return { storyId: null, score: first.score, runnerUp: runnerUp(first), reason };
    }
    const reason = `score ${first.score.toFixed(2)} ≥ ${this.joinThreshold} (${why})`;
    return { storyId: first.storyId, score: first.score, runnerUp: runnerUp(second), reason };
  }

  private idf(key: string): number {
    const df = this.documentFrequency.get(key) ?? 0;
    return Math.log((this.articles + IDF_PRIOR_ARTICLES) / (df + 1));
  }

  /** The article's keys with their mass (weight x IDF), most distinctive first. */
  private weighQuery(fp: TArticleFingerprint): TQueryKey[] {
    const query: TQueryKey[] = [];
    for (const [key, weight] of keysOf(fp)) query.push({ key, mass: weight * this.idf(key), isName: key.startsWith(NAME_PREFIX) });
    return query.sort((a, b) => b.mass - a.mass || (a.key < b.key ? -1 : 1));
  }

  /** Stories reached from the postings of the most distinctive keys, best partial overlap first; bounded. */
  private gatherCandidates(query: TQueryKey[]): string[] {
    const partial = new Map<string, number>();
    let read = 0;
    for (const { key, mass } of query) {
      if (read >= CANDIDATE_KEYS) break;
      const posting = this.postings.get(key);
      if (!posting || posting.size > MAX_POSTINGS_READ) continue;
      read++;
      for (const storyId of posting.keys()) partial.set(storyId, (partial.get(storyId) ?? 0) + mass);
    }
    if (partial.size <= MAX_CANDIDATES) return [...partial.keys()];
    return [...partial]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_CANDIDATES)
      .map(([storyId]) => storyId);
  }

  private scoreStory(storyId: string, query: TQueryKey[], total: TChannelMass, day: number | null): TScored | null {
    const story = this.stories.get(storyId);
    if (!story) return null;
    const distance = dateDistanceDays(day, story.firstDay, story.lastDay);
    if (distance > MAX_DATE_GAP_DAYS) return null;
    const covered: TChannelMass = { names: 0, words: 0 };
    for (const { key, mass, isName } of query) {
      const inStory = this.postings.get(key)?.get(storyId);
      if (!inStory) continue;
      const contribution = keyContribution(mass, inStory, story.articles, this.documentFrequency.get(key) ?? inStory);
      if (isName) covered.names += contribution;
      else covered.words += contribution;
    }
    const shares = channelShares(covered, total);
    return { storyId, score: harmonicMean(shares.names, shares.words) * dateFactor(distance), ...shares };
  }

  /** The three heaviest keys the article shares with the story, as readable words. */
  private sharedKeys(storyId: string, query: TQueryKey[]): string[] {
    const shared = new Set<string>();
    for (const { key } of query) {
      if (shared.size >= 3) break;
      if (this.postings.get(key)?.has(storyId)) shared.add(key.slice(NAME_PREFIX.length));
    }
    return [...shared];
  }

  private forgetDay(story: TStoryProfile, day: number | null): void {
    if (day === null) return;
    const left = (story.days.get(day) ?? 1) - 1;
    if (left > 0) story.days.set(day, left);
    else story.days.delete(day);
    const days = [...story.days.keys()];
    story.firstDay = days.length ? Math.min(...days) : null;
    story.lastDay = days.length ? Math.max(...days) : null;
  }
}
