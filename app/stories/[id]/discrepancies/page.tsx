import type { Metadata } from "next";
import { ZDiscrepanciesQuery, type TSearchParams } from "@/lib/schemas/search-params";
import { requireStory, storyTitleOf } from "@/components/story/require-story";
import { DiscrepanciesView } from "@/components/story/discrepancies-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: TSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Discrepancies · ${await storyTitleOf(params)}` };
}

export default async function StoryDiscrepanciesPage({ params, searchParams }: Props) {
  const [story, query] = await Promise.all([requireStory(params), searchParams.then((s) => ZDiscrepanciesQuery.parse(s))]);
  return <DiscrepanciesView storyId={story.id} query={query} />;
}
