import Link from "next/link";
import type { TEntitySummary } from "@/lib/db/entities";
import { storyPath } from "@/lib/format/story-paths";
import { EmptyState } from "../empty-state";

/** People, organisations and places with how much the outlets say of them; `showStory` names each one's story. */
export function EntityList({ entities, showStory = false }: { entities: TEntitySummary[]; showStory?: boolean }) {
  if (entities.length === 0) return <EmptyState title="No entities yet" />;
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {entities.map((e) => (
        <li key={e.id} className="rounded border border-line bg-surface p-3">
          <Link href={`/entities/${e.id}`} className="font-medium text-link-strong underline-offset-2 hover:underline">{e.name}</Link>
          <p className="text-xs text-subtle">
            {e.type} · named by {e.sourceCount} source(s) · {e.mentionCount} mention(s) · {e.claimCount} claim(s)
          </p>
          {showStory && (
            <p className="text-xs text-subtle">
              in <Link href={storyPath(e.story.id)} className="text-link underline underline-offset-2">{e.story.title}</Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
