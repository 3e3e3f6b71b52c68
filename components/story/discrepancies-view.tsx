import type { z } from "zod";
import { findDiscrepancyPage } from "@/lib/db/discrepancies";
import { findSourceColumns } from "@/lib/db/sources";
import { KIND_DESCRIPTIONS, REVIEW_LABELS } from "@/lib/format/labels";
import { nameSource } from "@/lib/format/source-name";
import { storyPath } from "@/lib/format/story-paths";
import type { ZDiscrepanciesQuery } from "@/lib/schemas/search-params";
import { ZDiscrepancyKind } from "@/lib/schemas/pipeline";
import { ZReviewState } from "@/lib/schemas/review";
import { DiscrepancyCard, namedMissingSources } from "../discrepancy-card";
import { Pagination } from "../pagination";
import { EmptyState } from "../empty-state";

type Props = { storyId: string; query: z.infer<typeof ZDiscrepanciesQuery> };

/** A story's discrepancies, most serious first, filtered by kind and review status. */
export async function DiscrepanciesView({ storyId, query }: Props) {
  const result = await findDiscrepancyPage({ ...query, storyId });
  const discrepancies = result.rows;
  const sources = await findSourceColumns(discrepancies.flatMap(namedMissingSources), 0, storyId);
  const outletById = new Map(sources.columns.map((s) => [s.id, nameSource(s)]));
  const pathname = storyPath(storyId, "discrepancies");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Discrepancies</h1>
      <form method="get" action={pathname} className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-3" aria-label="Filter discrepancies">
        <div className="flex min-w-0 max-w-full flex-col text-sm">
          <label htmlFor="filter-kind" className="text-xs font-medium text-muted">Kind</label>
          <select id="filter-kind" name="kind" defaultValue={query.kind ?? "all"} className="max-w-full rounded border border-line-strong px-2 py-1.5">
            <option value="all">All kinds</option>
            {ZDiscrepancyKind.options.map((kind) => (
              <option key={kind} value={kind}>{kind}: {KIND_DESCRIPTIONS[kind]}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col text-sm">
          <label htmlFor="filter-status" className="text-xs font-medium text-muted">Review status</label>
          <select id="filter-status" name="status" defaultValue={query.status ?? "all"} className="rounded border border-line-strong px-2 py-1.5">
            <option value="all">Any status</option>
            {ZReviewState.options.map((status) => (
              <option key={status} value={status}>{REVIEW_LABELS[status]}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-primary px-3 py-1.5 text-sm font-medium text-on-solid hover:bg-primary-hover">Filter</button>
        <p className="ml-auto text-sm text-subtle" aria-live="polite">{result.total} discrepanc{result.total === 1 ? "y" : "ies"}</p>
      </form>
      {discrepancies.length === 0 ? (
        <EmptyState title={query.kind || query.status ? "No discrepancies match these filters" : "No discrepancies found"} />
      ) : (
        <div className="space-y-4">
          {discrepancies.map((d) => (
            <DiscrepancyCard key={d.id} discrepancy={d} outletById={outletById} />
          ))}
        </div>
      )}
      <Pagination pathname={pathname} query={{ kind: query.kind, status: query.status }} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
