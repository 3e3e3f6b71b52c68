"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { STORY_PAGES, storyPath } from "@/lib/format/story-paths";

/** The pages of one story; the one shown is marked for screen readers and by style. */
export function StoryNav({ storyId, title }: { storyId: string; title: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Story" className="rounded-lg border border-line bg-surface px-3 py-2">
      <p className="text-xs font-medium uppercase tracking-wide text-subtle">Story</p>
      <p className="font-semibold text-ink break-words">{title}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {STORY_PAGES.map((page) => {
          const href = storyPath(storyId, page.segment);
          const isCurrent = pathname === href;
          return (
            <li key={page.segment}>
              <Link
                href={href}
                aria-current={isCurrent ? "page" : undefined}
                className={`rounded px-1 py-0.5 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus ${isCurrent ? "font-semibold text-link-strong underline" : "text-muted"}`}
              >
                {page.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
