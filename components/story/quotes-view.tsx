import { listQuoteClusters } from "@/lib/db/quote-clusters";
import { QuoteDiff } from "../quote-diff";
import { EmptyState } from "../empty-state";

/** A story's quotations as each outlet printed them, changes shown word by word. */
export async function QuotesView({ storyId }: { storyId: string }) {
  const clusters = await listQuoteClusters(storyId);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Quote fidelity</h1>
      <p className="text-muted">
        The same quotation as each outlet printed it. Changes are shown word by word against the first version:
        <ins className="mx-1 bg-success-soft">added words</ins>, <del className="mx-1 bg-danger-soft">removed words</del>, and
        <ins className="mx-1 bg-warning-soft no-underline">punctuation-only changes</ins>.
      </p>
      {clusters.length === 0 ? (
        <EmptyState title="No quotation is printed by two or more outlets" />
      ) : (
        clusters.map((cluster) => <QuoteDiff key={cluster.id} cluster={cluster} />)
      )}
    </div>
  );
}
