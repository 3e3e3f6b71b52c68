import type { Metadata } from "next";
import { ZPageQuery, type TSearchParams } from "@/lib/schemas/search-params";
import { requireStory, storyTitleOf } from "@/components/story/require-story";
import { CompareView } from "@/components/story/compare-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: TSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Compare outlets · ${await storyTitleOf(params)}` };
}

export default async function StoryComparePage({ params, searchParams }: Props) {
  const [story, query] = await Promise.all([requireStory(params), searchParams.then((s) => ZPageQuery.parse(s))]);
  return <CompareView storyId={story.id} page={query.page} />;
}
