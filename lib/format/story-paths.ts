/** The pages every story has, in the order its navigation lists them ("" is the story's overview). */
export const STORY_PAGES = [
  { segment: "", label: "Overview" },
  { segment: "claims", label: "Claims" },
  { segment: "compare", label: "Compare" },
  { segment: "quotes", label: "Quotes" },
  { segment: "discrepancies", label: "Discrepancies" },
  { segment: "entities", label: "Entities" },
  { segment: "factsheet", label: "Fact sheet" },
] as const;

export type TStoryPage = (typeof STORY_PAGES)[number]["segment"];

/** The address of one of a story's pages: /stories/ID, /stories/ID/claims, … */
export function storyPath(storyId: string, page: TStoryPage = ""): string {
  const base = `/stories/${encodeURIComponent(storyId)}`;
  return page ? `${base}/${page}` : base;
}
