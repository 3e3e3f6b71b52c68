import Link from "next/link";
import type { findSameEntityInOtherStories } from "@/lib/db/entities";
import { storyPath } from "@/lib/format/story-paths";

type TElsewhere = Awaited<ReturnType<typeof findSameEntityInOtherStories>>;

/** The same name in other stories: what each outlet says of it, story by story. */
export function OtherStoriesSection({ name, entities }: { name: string; entities: TElsewhere }) {
  return (
    <section aria-labelledby="other-stories-heading" className="rounded-lg border border-line bg-surface p-4">
      <h2 id="other-stories-heading" className="text-lg font-semibold">{name} in other stories</h2>
      {entities.length === 0 ? (
        <p className="mt-1 text-sm text-subtle">No other story names {name}.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {entities.map((e) => (
            <li key={e.id}>
              <Link href={`/entities/${e.id}`} className="text-link underline underline-offset-2">What the outlets say of {e.name}</Link>{" "}
              in <Link href={storyPath(e.story.id)} className="text-link underline underline-offset-2">{e.story.title}</Link>
              <span className="text-subtle"> · named by {e.sourceCount} source(s)</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
