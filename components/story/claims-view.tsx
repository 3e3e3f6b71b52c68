import Link from "next/link";
import { findClaimGroups, MAX_CLAIMS_PER_ROW } from "@/lib/db/claims";
import { findSourceColumns } from "@/lib/db/sources";
import { sourceColumn } from "@/lib/format/source-name";
import { storyPath } from "@/lib/format/story-paths";
import type { ZClaimsQuery } from "@/lib/schemas/search-params";
import type { z } from "zod";
import { ClaimRow, MAX_EMPTY_CELLS } from "../claim-row";
import { EmptyState } from "../empty-state";
import { Pagination } from "../pagination";
import { FlagContradictionForm } from "../flag-contradiction-form";

type Props = { storyId: string; query: z.infer<typeof ZClaimsQuery> };

/** A story's claims side by side: one row per subject and attribute, one column per outlet. */
export async function ClaimsView({ storyId, query }: Props) {
  const result = await findClaimGroups({ storyId, subject: query.subject, onlyShared: query.scope === "shared", page: query.page });
  // Label only the outlets this page shows once there are too many to give each an empty cell.
  const sources = await findSourceColumns(result.rows.flatMap((g) => g.claims.map((c) => c.sourceId)), MAX_CLAIMS_PER_ROW + MAX_EMPTY_CELLS, storyId);
  const columns = sources.columns.map(sourceColumn);
  const baseQuery = { subject: query.subject, scope: query.scope };
  const pathname = storyPath(storyId, "claims");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Claims side by side</h1>
      <p className="text-muted">Each row is one subject and attribute; each column shows the exact sentence an outlet printed.</p>
      <form method="get" action={pathname} className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-3" role="search">
        <label className="flex flex-col text-sm">
          <span className="text-xs font-medium text-muted">Subject</span>
          <input name="subject" defaultValue={query.subject ?? ""} placeholder="Name contains…" className="rounded border border-line-strong px-2 py-1.5" />
        </label>
        <div className="flex flex-col text-sm">
          <label htmlFor="filter-scope" className="text-xs font-medium text-muted">Show</label>
          <select id="filter-scope" name="scope" defaultValue={query.scope} className="rounded border border-line-strong px-2 py-1.5">
            <option value="shared">Claims reported by 2+ outlets</option>
            <option value="all">All claims</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-primary px-3 py-1.5 text-sm font-medium text-on-solid hover:bg-primary-hover">Apply</button>
        <p className="ml-auto text-sm text-subtle" aria-live="polite">{result.total} row(s)</p>
      </form>
      {result.rows.length === 0 ? (
        <EmptyState title={sources.total === 0 ? "No articles yet" : "No claims match"}>
          {query.scope === "shared" && sources.total > 0 ? (
            <Link href={{ pathname, query: { ...baseQuery, scope: "all" } }} className="text-link underline">Show claims reported by one outlet too</Link>
          ) : null}
        </EmptyState>
      ) : (
        <div className="space-y-4">
          {result.rows.map((group) => (
            <ClaimRow key={group.id} group={group} columns={columns} sourceTotal={sources.total} />
          ))}
        </div>
      )}
      <Pagination pathname={pathname} query={baseQuery} page={result.page} pageCount={result.pageCount} />
      {result.rows.length > 0 && <FlagContradictionForm discrepanciesPath={storyPath(storyId, "discrepancies")} />}
    </div>
  );
}
