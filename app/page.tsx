import Link from "next/link";
import { listStories } from "@/lib/db/stories";
import { ZStoryListQuery, type TSearchParams } from "@/lib/schemas/search-params";
import { StoryList } from "@/components/story/story-list";
import { Pagination } from "@/components/pagination";
import { EmptyState } from "@/components/empty-state";

export const dynamic = "force-dynamic";

const STORIES_PER_PAGE = 20;

export default async function StoriesPage({ searchParams }: { searchParams: TSearchParams }) {
  const query = ZStoryListQuery.parse(await searchParams);
  const result = await listStories({ query: query.q, page: query.page, pageSize: STORIES_PER_PAGE });
  const isEmpty = result.total === 0 && !query.q;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Stories</h1>
      <p className="text-muted">Each story is one event; its articles are compared with each other, claim by claim. Most recently changed first.</p>
      {!isEmpty && (
        <form method="get" action="/" role="search" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-3">
          <div className="flex min-w-0 flex-1 basis-56 flex-col text-sm">
            <label htmlFor="story-search" className="text-xs font-medium text-muted">Search stories</label>
            <input id="story-search" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Title or outlet…" className="rounded border border-line-strong px-2 py-1.5" />
          </div>
          <button type="submit" className="rounded bg-primary px-3 py-1.5 text-sm font-medium text-on-solid hover:bg-primary-hover">Search</button>
          <p className="ml-auto text-sm text-subtle" aria-live="polite">{result.total} stor{result.total === 1 ? "y" : "ies"}</p>
        </form>
      )}
      {isEmpty ? (
        <EmptyState title="No articles yet">
          <Link href="/sources/new" className="text-link underline">Add an article</Link>, or run{" "}
          <code className="rounded bg-chip px-1">npm run ingest -- path/to/articles</code>.
        </EmptyState>
      ) : result.rows.length === 0 ? (
        <EmptyState title={query.q ? `No story matches “${query.q}”` : "No stories on this page"}>
          <Link href="/" className="text-link underline">Show every story</Link>
        </EmptyState>
      ) : (
        <StoryList stories={result.rows} />
      )}
      <Pagination pathname="/" query={{ q: query.q }} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
