import { coverageOf, findCoverageBySource, findMatrixRows } from "@/lib/db/matrix";
import { listSourceLabels } from "@/lib/db/sources";
import { sourceColumn } from "@/lib/format/source-name";
import { storyPath } from "@/lib/format/story-paths";
import { ClaimMatrix } from "../claim-matrix";
import { CoverageChart } from "../coverage-chart";
import { EmptyState } from "../empty-state";
import { Pagination } from "../pagination";

const MAX_COLUMNS = 12;

/** A story's outlets compared: coverage per outlet and the claim-by-outlet matrix of shared facts. */
export async function CompareView({ storyId, page }: { storyId: string; page: number }) {
  const [sources, coverage] = await Promise.all([listSourceLabels(storyId), findCoverageBySource(storyId)]);
  const allColumns = sources.map(sourceColumn);
  // A matrix stays readable up to a dozen outlets: beyond that, show those reporting the most shared facts.
  const columns = [...allColumns]
    .sort((a, b) => coverageOf(coverage, a.id).missing - coverageOf(coverage, b.id).missing)
    .slice(0, MAX_COLUMNS)
    .sort((a, b) => allColumns.indexOf(a) - allColumns.indexOf(b));
  const matrix = await findMatrixRows({ storyId, page, sourceIds: columns.map((c) => c.id) });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Compare outlets</h1>
      {matrix.rows.length === 0 ? (
        <EmptyState title="No fact is reported by two or more outlets yet" />
      ) : (
        <>
          <CoverageChart total={coverage.total} rows={columns.map((c) => ({ ...c, counts: coverageOf(coverage, c.id) }))} />
          <section aria-labelledby="matrix-heading" className="space-y-2">
            <h2 id="matrix-heading" className="text-lg font-semibold">Claim-by-outlet matrix</h2>
            <p className="text-sm text-muted">
              Each cell links to the exact words the outlet printed.
              {columns.length < allColumns.length && ` Showing the ${columns.length} of ${allColumns.length} outlets that report the most shared facts.`}
            </p>
            <ClaimMatrix rows={matrix.rows} columns={columns} />
            <Pagination pathname={storyPath(storyId, "compare")} query={{}} page={matrix.page} pageCount={matrix.pageCount} />
          </section>
        </>
      )}
    </div>
  );
}
