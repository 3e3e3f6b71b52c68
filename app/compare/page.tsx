import type { Metadata } from "next";
import { findAllSharedFacts, findMatrixRows } from "@/lib/db/matrix";
import { listSources } from "@/lib/db/sources";
import { sourceLabel } from "@/lib/format/labels";
import { coverageBySource } from "@/lib/format/matrix-cell";
import { ZClaimsQuery, type TSearchParams } from "@/lib/schemas/search-params";
import { ClaimMatrix } from "@/components/claim-matrix";
import { CoverageChart } from "@/components/coverage-chart";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare outlets" };

export default async function ComparePage({ searchParams }: { searchParams: TSearchParams }) {
  const { page } = ZClaimsQuery.parse(await searchParams);
  const [sources, matrix, facts] = await Promise.all([listSources(), findMatrixRows({ page }), findAllSharedFacts()]);
  const columns = sources.map((s) => ({ id: s.id, label: sourceLabel(s) }));
  const coverage = coverageBySource(facts, columns.map((c) => c.id));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Compare outlets</h1>
      {matrix.rows.length === 0 ? (
        <EmptyState title="No fact is reported by two or more outlets yet" />
      ) : (
        <>
          <CoverageChart total={facts.length} rows={columns.map((c) => ({ ...c, counts: coverage.get(c.id)! }))} />
          <section aria-labelledby="matrix-heading" className="space-y-2">
            <h2 id="matrix-heading" className="text-lg font-semibold">Claim-by-outlet matrix</h2>
            <p className="text-sm text-slate-700">Each cell links to the exact words the outlet printed.</p>
            <ClaimMatrix rows={matrix.rows} columns={columns} />
            <Pagination pathname="/compare" query={{}} page={matrix.page} pageCount={matrix.pageCount} />
          </section>
        </>
      )}
    </div>
  );
}
