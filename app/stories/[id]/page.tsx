import type { Metadata } from "next";
import { listStoryChoices } from "@/lib/db/stories";
import { ZStoryOverviewQuery, type TSearchParams } from "@/lib/schemas/search-params";
import { requireStory, storyTitleOf } from "@/components/story/require-story";
import { StoryOverview } from "@/components/story/story-overview";
import { StoryEditForms } from "@/components/story/story-edit-forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: TSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await storyTitleOf(params) };
}

export default async function StoryPage({ params, searchParams }: Props) {
  const [story, query] = await Promise.all([requireStory(params), searchParams.then((s) => ZStoryOverviewQuery.parse(s))]);
  const others = (await listStoryChoices()).filter((s) => s.id !== story.id);
  return (
    <div className="space-y-8">
      <StoryOverview story={story} page={query.page} />
      <StoryEditForms story={story} others={others} error={query.error} />
    </div>
  );
}
