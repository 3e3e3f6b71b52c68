import { redirect } from "next/navigation";
import { singleStoryId } from "@/lib/db/stories";
import { storyPath, type TStoryPage } from "@/lib/format/story-paths";

/**
 * What an address from before stories (/claims, /compare, …) does now: the same page of the only
 * story, with the query it came with; the story list when there are none or several.
 */
export async function redirectToSingleStory(page: TStoryPage, searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<never> {
  const storyId = await singleStoryId();
  if (!storyId) redirect("/");
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) for (const v of [value ?? []].flat()) query.append(key, v);
  const search = query.size > 0 ? `?${query}` : "";
  redirect(`${storyPath(storyId, page)}${search}`);
}
