import type { Metadata } from "next";
import { requireStory, storyTitleOf } from "@/components/story/require-story";
import { QuotesView } from "@/components/story/quotes-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Quote fidelity · ${await storyTitleOf(params)}` };
}

export default async function StoryQuotesPage({ params }: Props) {
  const story = await requireStory(params);
  return <QuotesView storyId={story.id} />;
}
