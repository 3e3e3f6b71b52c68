import Link from "next/link";
import { SubjectLink } from "./subject-link";
import type { TMatrixRow } from "@/lib/db/matrix";
import { attributeLabel } from "@/lib/format/labels";
import { CELL_LABELS, cellState, type TCellState } from "@/lib/format/matrix-cell";
import type { TSourceColumn } from "@/lib/format/source-name";
import { SourceName } from "./source-name";

const CELL_STYLES: Record<TCellState, string> = {
  agree: "bg-success-faint text-success-ink",
  variant: "bg-warning-faint text-warning-ink",
  conflict: "bg-danger-faint text-danger-ink font-semibold",
  missing: "bg-surface text-faint",
  single: "bg-inset text-muted",
};
const CELL_MARK: Record<TCellState, string> = { agree: "✓", variant: "≈", conflict: "✗", missing: "–", single: "•" };

type Props = { rows: TMatrixRow[]; columns: TSourceColumn[] };

/** Rows: subject and attribute; columns: outlets; each cell says agree / variant / conflict / not reported and links to the span. */
export function ClaimMatrix({ rows, columns }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">Claim-by-outlet matrix</caption>
        <thead>
          <tr className="bg-inset text-left text-xs uppercase tracking-wide text-subtle">
            <th scope="col" className="sticky left-0 bg-inset px-3 py-2">Fact</th>
            {columns.map((c) => <th key={c.id} scope="col" className="px-3 py-2"><SourceName name={c.name} /></th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-line-soft">
              <th scope="row" className="sticky left-0 max-w-40 bg-surface px-3 py-2 text-left font-normal sm:max-w-72">
                <SubjectLink entityId={row.subjectEntityId} subject={row.subject} className="font-medium text-link-strong underline-offset-2 hover:underline" />
                <span className="text-subtle"> · {attributeLabel(row.attribute)}</span>
                <span className="block truncate text-xs text-faint" title={row.label}>{row.label}</span>
              </th>
              {columns.map((column) => {
                const state = cellState(row, column.id);
                const claim = row.claims.find((c) => c.sourceId === column.id);
                const content = (
                  <>
                    <span aria-hidden="true" className="mr-1">{CELL_MARK[state]}</span>
                    {CELL_LABELS[state]}
                  </>
                );
                return (
                  <td key={column.id} className={`px-3 py-2 ${CELL_STYLES[state]}`} data-state={state}>
                    {claim ? (
                      <Link href={`/sources/${column.id}?start=${claim.start}&end=${claim.end}#highlight`} title={claim.value} className="underline-offset-2 hover:underline">
                        {content}
                      </Link>
                    ) : (
                      content
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
