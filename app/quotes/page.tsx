import type { Metadata } from "next";
import { listQuoteClusters } from "@/lib/db/quote-clusters";
import { QuoteDiff } from "@/components/quote-diff";
import { EmptyState } from "@/components/empty-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quote fidelity" };

export default async function QuotesPage() {
  const clusters = await listQuoteClusters();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Quote fidelity</h1>
      <p className="text-slate-700">
        The same quotation as each outlet printed it. Changes are shown word by word against the first version:
        <ins className="mx-1 bg-emerald-100">added words</ins>, <del className="mx-1 bg-red-100">removed words</del>, and
        <ins className="mx-1 bg-amber-100 no-underline">punctuation-only changes</ins>.
      </p>
      {clusters.length === 0 ? (
        <EmptyState title="No quotation is printed by two or more outlets" />
      ) : (
        clusters.map((cluster) => <QuoteDiff key={cluster.id} cluster={cluster} />)
      )}
    </div>
  );
}
