/**
 * Discrepancies within quote clusters printed by several outlets: the same words credited to different
 * speakers (attribution, quote-attribution.ts), one quotation printed with a different sense or different
 * words (variant, quote-variants.ts), and a statement quoted without the words that qualify it (omission,
 * quote-omissions.ts). An outlet that merely does not print a quote is not a discrepancy: choosing which
 * words to quote is editing. A printing already shown by one finding is not the subject of another.
 */
import type { TDiscrepancy } from "@/lib/schemas/pipeline";
import type { QuoteCluster } from "../quotes/cluster-quotes";
import type { DiscrepancyContext } from "./discrepancy-context";
import { attributionDiscrepancies } from "./quote-attribution";
import { quoteOmissions } from "./quote-omissions";
import { quoteVariants } from "./quote-variants";

export function quoteDiscrepancies(ctx: DiscrepancyContext, clusters: QuoteCluster[]): TDiscrepancy[] {
  const found = [...attributionDiscrepancies(ctx, clusters), ...quoteVariants(ctx, clusters)];
  const flagged = new Set(found.flatMap((d) => d.items.map((i) => `${i.sourceId}\u0000${i.quoteIndex}`)));
  return [...found, ...quoteOmissions(ctx, clusters, flagged)];
}
