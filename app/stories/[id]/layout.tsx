import type { ReactNode } from "react";
import { requireStory } from "@/components/story/require-story";
import { StoryNav } from "@/components/story/story-nav";

/** Every page of a story names the story and links to its other pages; an unknown story is a 404. */
export default async function StoryLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const story = await requireStory(params);
  return (
    <div className="space-y-6">
      <StoryNav storyId={story.id} title={story.title} />
      {children}
    </div>
  );
}
