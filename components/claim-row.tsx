import Link from "next/link";
import { SubjectLink } from "./subject-link";
import type { TClaimGroupRow } from "@/lib/db/claims";
import { attributeLabel } from "@/lib/format/labels";
import { storyPath } from "@/lib/format/story-paths";
import { KindBadge, StatusBadge } from "./badges";
import { ClaimCells } from "./claim-cells";
import { ReviewControl } from "./review-control";
import type { TSourceColumn } from "@/lib/format/source-name";

/**
 * `columns` holds every source while `sourceTotal` ≤ MAX_CLAIMS_PER_ROW + MAX_EMPTY_CELLS, and at
 * least the sources of the row's claims beyond that.
 */
type Props = { group: TClaimGroupRow; columns: TSourceColumn[]; sourceTotal: number };

const AGREEMENT_LABEL: Record<string, string> = { agree: "agree", variant: "variant", conflict: "conflict", single: "one outlet" };

/** Beyond this many outlets, silent ones are summarised in one line instead of an empty cell each. */
export const MAX_EMPTY_CELLS = 6;

/** Attributes of the general fact layer: their row also names the measure ("Time: when capsized"). */
const FACT_ATTRIBUTES = new Set(["quantity", "time", "state", "age", "rank", "designation"]);

/** One subject × attribute row: each outlet's exact sentence side by side. */
export function ClaimRow({ group, columns, sourceTotal }: Props) {
  const heading = `${group.subject}: ${attributeLabel(group.attribute)}`;
  const reporting = new Set(group.claims.map((c) => c.sourceId));
  const silentCount = Math.max(0, sourceTotal - reporting.size);
  const isTruncated = group.claimCount > group.claims.length;
  const shown = silentCount > MAX_EMPTY_CELLS ? columns.filter((c) => reporting.has(c.id)) : columns;
  return (
    <article className="rounded-lg border border-line bg-surface p-4" data-testid="claim-group">
      <header className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">
          <SubjectLink entityId={group.subjectEntityId} subject={group.subject} className="text-link-strong underline-offset-2 hover:underline" />
          <span className="font-normal text-subtle">
            {" "}
            · {attributeLabel(group.attribute)}
            {group.label && group.label !== group.subject && FACT_ATTRIBUTES.has(group.attribute) ? `: ${group.label}` : ""}
          </span>
        </h2>
        <KindBadge kind={group.agreement} label={AGREEMENT_LABEL[group.agreement] ?? group.agreement} />
        {group.discrepancies.map((d) => (
          <Link key={d.id} href={`${storyPath(group.storyId, "discrepancies")}#${d.id}`} title={d.summary}>
            <KindBadge kind={d.kind} label={`${d.kind} · ${d.review.status}`} />
          </Link>
        ))}
        <span className="ml-auto"><StatusBadge status={group.review.status} /></span>
      </header>
      <ClaimCells columns={shown} claims={group.claims} />
      {isTruncated && (
        <p className="mt-2 text-sm text-subtle">
          Showing {group.claims.length} of {group.claimCount} claims from {group.sourceCount} outlets
          {group.subjectEntityId ? (
            <>
              ;{" "}
              <Link href={`/entities/${group.subjectEntityId}`} className="text-link underline">see every outlet on the entity page</Link>
            </>
          ) : null}
          .
        </p>
      )}
      {!isTruncated && shown.length < sourceTotal && (
        <p className="mt-2 text-sm text-subtle">Not reported by {silentCount} other outlets.</p>
      )}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-link">Review this row</summary>
        <ReviewControl targetType="claimGroup" targetId={group.id} status={group.review.status} note={group.review.note} label={heading} />
      </details>
    </article>
  );
}
