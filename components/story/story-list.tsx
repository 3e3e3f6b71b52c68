import Link from "next/link";
import type { TStorySummary } from "@/lib/db/stories";
import { KIND_DESCRIPTIONS } from "@/lib/format/labels";
import { unnamedSourcesLabel } from "@/lib/format/source-name";
import { storyPath } from "@/lib/format/story-paths";
import { KindBadge } from "../badges";

/** "2026-05-06 14:02 UTC": the same on the server and in every reader's time zone. */
function formatUpdated(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** One card per story: its outlets, how many articles, its discrepancies by kind and how many await review. */
export function StoryList({ stories }: { stories: TStorySummary[] }) {
  return (
    <ul className="space-y-3" aria-label="Stories">
      {stories.map((story) => (
        <li key={story.id} data-testid="story-card" className="rounded-lg border border-line bg-surface p-4">
          <h2 className="text-lg font-semibold break-words">
            <Link href={storyPath(story.id)} className="text-link-strong underline-offset-2 hover:underline">{story.title}</Link>
          </h2>
          <p className="mt-1 text-sm text-muted">
            <span data-testid="article-count">{story.articleCount} article{story.articleCount === 1 ? "" : "s"}</span>
            {story.outlets.length > 0 && <> · {story.outlets.join(" · ")}</>}
            {story.outletCount > story.outlets.length && <> and {story.outletCount - story.outlets.length} more outlets</>}
            {story.unnamedCount > 0 && <> · {unnamedSourcesLabel(story.unnamedCount)}</>}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-xs">
            {story.discrepancies.total === 0 ? (
              <span className="text-subtle">No discrepancies</span>
            ) : (
              <>
                {Object.entries(story.discrepancies.byKind).map(([kind, n]) => (
                  <Link key={kind} href={{ pathname: storyPath(story.id, "discrepancies"), query: { kind } }} title={KIND_DESCRIPTIONS[kind]}>
                    <KindBadge kind={kind} label={`${n} ${kind}`} />
                  </Link>
                ))}
                <Link href={{ pathname: storyPath(story.id, "discrepancies"), query: { status: "unreviewed" } }} className="text-link underline underline-offset-2">
                  {story.discrepancies.unreviewed} unreviewed
                </Link>
              </>
            )}
            <span className="ml-auto text-subtle">Updated <time dateTime={story.updatedAt.toISOString()}>{formatUpdated(story.updatedAt)}</time></span>
          </div>
        </li>
      ))}
    </ul>
  );
}
