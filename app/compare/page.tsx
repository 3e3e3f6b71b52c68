import type { Metadata } from "next";
import { coverageOf, findCoverageBySource, findMatrixRows } from "@/lib/db/matrix";
import { listSourceLabels } from "@/lib/db/sources";
import { sourceLabel } from "@/lib/format/labels";
import { ZClaimsQuery, type TSearchParams } from "@/lib/schemas/search-params";
import { ClaimMatrix } from "@/components/claim-matrix";
import { CoverageChart } from "@/components/coverage-chart";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";

export const dynamic = "force-dynamic";

const MAX_COLUMNS = 12;
export const metadata: Metadata = { title: "Compare outlets" };

export default async function ComparePage({ searchParams }: { searchParams: TSearchParams }) {
  const { page } = ZClaimsQuery.parse(await searchParams);
  const [sources, coverage] = await Promise.all([listSourceLabels(), findCoverageBySource()]);
  const allColumns = sources.map((s) => ({ id: s.id, label: sourceLabel(s) }));
  // A matrix stays readable up to a dozen outlets: beyond that, show those reporting the most shared facts.
  const columns = [...allColumns]
    .sort((a, b) => coverageOf(coverage, a.id).missing - coverageOf(coverage, b.id).missing)
    .slice(0, MAX_COLUMNS)
    .sort((a, b) => allColumns.indexOf(a) - allColumns.indexOf(b));
  const matrix = await findMatrixRows({ page, sourceIds: columns.map((c) => c.id) });
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
            <p className="text-sm text-slate-700">
              Each cell links to the exact words the outlet printed.
              {columns.length < allColumns.length && ` Showing the ${columns.length} of ${allColumns.length} outlets that report the most shared facts.`}
            </p>
            <ClaimMatrix rows={matrix.rows} columns={columns} />
            <Pagination pathname="/compare" query={{}} page={matrix.page} pageCount={matrix.pageCount} />
          </section>
        </>
      )}
    </div>
  );
}
