import type { Metadata } from "next";
import { listEntities } from "@/lib/db/entities";
import { EntityList } from "@/components/story/entity-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Entities" };

/** Every story's entities; each story's own list is at /stories/ID/entities. */
export default async function EntitiesPage() {
  const entities = await listEntities();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">People, organisations and places</h1>
      <p className="text-muted">Across every story; an entity belongs to the story whose articles name it.</p>
      <EntityList entities={entities} showStory />
    </div>
  );
}
