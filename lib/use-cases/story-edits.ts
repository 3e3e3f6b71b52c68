import { deleteSource, mergeStories as mergeStoryRows, moveSources, recomputeIfStale } from "../db/sources";
import { STORY_WRITE_KIT } from "./story-write-kit";

/** Removes an article; its story is recomputed (and removed with its last article). */
export function removeArticle(sourceId: string): Promise<boolean> {
  return deleteSource(sourceId, STORY_WRITE_KIT.compare);
}

/** Moves articles to another story, or to a new one with the given title; both stories are recomputed. */
export function moveArticles(sourceIds: string[], target: { storyId: string } | { newStoryTitle: string }): Promise<string> {
  return moveSources(sourceIds, target, STORY_WRITE_KIT.compare);
}

/** Moves every article of one story into another, which is recomputed; the emptied story is removed. */
export function mergeStories(fromStoryId: string, intoStoryId: string): Promise<string> {
  return mergeStoryRows(fromStoryId, intoStoryId, STORY_WRITE_KIT.compare);
}

/** Recomputes every story holding an article not yet compared (after a batch). Returns how many ran. */
export function recomputeStaleStories(): Promise<number> {
  return recomputeIfStale(STORY_WRITE_KIT.compare);
}
