import type { TSearchParams } from "@/lib/schemas/search-params";
import { redirectToSingleStory } from "@/components/story/redirect-to-story";

export const dynamic = "force-dynamic";

/** The address from before stories: the only story's page, else the story list. */
export default async function OldDiscrepanciesPage({ searchParams }: { searchParams: TSearchParams }) {
  return redirectToSingleStory("discrepancies", searchParams);
}
