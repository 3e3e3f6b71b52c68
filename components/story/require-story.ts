import { notFound } from "next/navigation";
import { cache } from "react";
import { getStory, type TStory } from "@/lib/db/stories";
import { ZStoryId } from "@/lib/schemas/story-edit";

// The layout, the metadata and the page of one request read the story once.
const loadStory = cache(getStory);

/** The story a /stories/[id] address names, or the not-found page (404) when there is none. */
export async function requireStory(params: Promise<{ id: string }>): Promise<TStory> {
  const id = ZStoryId.safeParse((await params).id);
  const story = id.success ? await loadStory(id.data) : null;
  if (!story) notFound();
  return story;
}

/** The story's title for a page title, or "Story not found". */
export async function storyTitleOf(params: Promise<{ id: string }>): Promise<string> {
  const id = ZStoryId.safeParse((await params).id);
  return (id.success ? (await loadStory(id.data))?.title : null) ?? "Story not found";
}
