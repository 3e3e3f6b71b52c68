import Link from "next/link";
import type { TDiscrepancyRow } from "@/lib/db/discrepancies";
import { attributeLabel, methodLabel } from "@/lib/format/labels";
import { namedMissingIds } from "@/lib/format/missing-outlets";
import type { TSourceName } from "@/lib/format/source-name";
import { storyPath } from "@/lib/format/story-paths";
import { KindBadge, SeverityBadge, StatusBadge } from "./badges";
import { Excerpt } from "./excerpt";
import { ReviewControl } from "./review-control";
import { SourceName } from "./source-name";
import { MissingOutlets } from "./missing-outlets";

/** `outletById` must name at least the missing sources the card names (namedMissingSources). */
type Props = { discrepancy: TDiscrepancyRow; outletById: Map<string, TSourceName>; showReview?: boolean; headingLevel?: 2 | 3 };

/** The missing sources a card names, for a caller that looks up their labels. */
export function namedMissingSources(d: Pick<TDiscrepancyRow, "missingSourceIds">): string[] {
  return namedMissingIds(d.missingSourceIds);
}

/** Why the app flagged it: the stored one-line reason and the rule family, so a reader can weigh the flag. */
function WhyFlagged({ method, reason }: { method: string; reason: string }) {
  if (!method && !reason) return null;
  return (
    <p className="mt-1 text-sm text-muted" data-testid="why-flagged">
      <span className="font-semibold">Why flagged:</span> {reason || methodLabel(method)}
      {method && (
        <span className="ml-1 text-xs text-faint">
          ({methodLabel(method)}; rule <code>{method}</code>)
        </span>
      )}
    </p>
  );
}

export function DiscrepancyCard({ discrepancy: d, outletById, showReview = true, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="rounded-lg border border-line bg-surface p-4 shadow-sm" data-testid="discrepancy" data-kind={d.kind} id={d.id}>
      <header className="flex flex-wrap items-center gap-2">
        <KindBadge kind={d.kind} />
        <SeverityBadge severity={d.severity} />
        <span className="text-xs text-subtle">
          {d.subject} · {attributeLabel(d.attribute)}
        </span>
        <span className="ml-auto">
          <StatusBadge status={d.review.status} />
        </span>
      </header>
      <Heading className="mt-2 text-base font-medium text-ink">{d.summary}</Heading>
      <WhyFlagged method={d.origin === "manual" ? "manual" : d.method} reason={d.reason} />
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {d.items.map((item) => (
          <li key={item.id} className="rounded border border-line-soft bg-inset p-3">
            <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-subtle"><SourceName source={item.source} /></p>
            {item.value && item.value !== item.excerpt && (
              <p className="mb-1 text-sm text-ink-soft">
                prints <mark className="rounded bg-warning-soft px-1 text-ink">{item.value}</mark>
              </p>
            )}
            <Excerpt sourceId={item.sourceId} text={item.excerpt} start={item.start} end={item.end} />
          </li>
        ))}
        {d.missingSourceIds.length > 0 && (
          <li className="rounded border border-dashed border-line-strong p-3 text-sm text-muted">
            Not reported by: <MissingOutlets ids={d.missingSourceIds} nameOf={(id) => outletById.get(id)} />
          </li>
        )}
      </ul>
      {d.itemCount > d.items.length && (
        <p className="mt-2 text-sm text-subtle">
          Showing {d.items.length} of {d.itemCount} excerpts.{" "}
          {d.groupId ? <Link href={{ pathname: storyPath(d.storyId, "claims"), query: { subject: d.subject, scope: "all" } }} className="text-link underline">See every outlet&apos;s claim</Link> : null}
        </p>
      )}
      {d.review.note && <p className="mt-2 text-sm text-muted">Reviewer note: {d.review.note}</p>}
      {showReview && <ReviewControl targetType="discrepancy" targetId={d.id} status={d.review.status} note={d.review.note} label={d.summary} />}
    </article>
  );
}
