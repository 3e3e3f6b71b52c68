import type { Metadata } from "next";
import { listEntities } from "@/lib/db/entities";
import { requireStory, storyTitleOf } from "@/components/story/require-story";
import { EntityList } from "@/components/story/entity-list";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Entities · ${await storyTitleOf(params)}` };
}

export default async function StoryEntitiesPage({ params }: Props) {
  const story = await requireStory(params);
  const entities = await listEntities({ storyId: story.id });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">People, organisations and places</h1>
      <EntityList entities={entities} />
    </div>
  );
}
