import type { Metadata } from "next";
import { ZClaimsQuery, type TSearchParams } from "@/lib/schemas/search-params";
import { requireStory, storyTitleOf } from "@/components/story/require-story";
import { ClaimsView } from "@/components/story/claims-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: TSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Claims · ${await storyTitleOf(params)}` };
}

export default async function StoryClaimsPage({ params, searchParams }: Props) {
  const [story, query] = await Promise.all([requireStory(params), searchParams.then((s) => ZClaimsQuery.parse(s))]);
  return <ClaimsView storyId={story.id} query={query} />;
}
