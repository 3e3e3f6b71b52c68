import type { Metadata } from "next";
import type { TSearchParams } from "@/lib/schemas/search-params";
import { ZFactSheetPageQuery } from "@/lib/schemas/fact-sheet-query";
import { requireStory, storyTitleOf } from "@/components/story/require-story";
import { FactSheetPanel } from "@/components/story/fact-sheet-panel";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: TSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Fact sheet · ${await storyTitleOf(params)}` };
}

export default async function StoryFactSheetPage({ params, searchParams }: Props) {
  const [story, query] = await Promise.all([requireStory(params), searchParams.then((s) => ZFactSheetPageQuery.parse(s))]);
  return <FactSheetPanel story={story} query={query} />;
}
