"use client";

import type { TClaimCell } from "@/lib/db/claim-cells";
import type { TSourceColumn } from "@/lib/format/source-name";
import { Excerpt } from "./excerpt";
import { FLAG_FORM_ID } from "./flag-form-id";
import { SourceName } from "./source-name";

type Props = { columns: TSourceColumn[]; claims: TClaimCell[] };

/**
 * One row's cells: each outlet's exact sentences, or "Not reported". A client leaf though it has no
 * state: a /claims page holds 80 excerpts, and as a server component their markup would be sent twice,
 * as HTML and again in the RSC payload; as a client component the payload carries only these props.
 */
export function ClaimCells({ columns, claims }: Props) {
  return (
    <div className="mt-3 grid gap-3" style={{ gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, 16rem), 1fr))` }}>
      {columns.map((column) => {
        const cells = claims.filter((c) => c.sourceId === column.id);
        return (
          <div key={column.id} className={cells.length ? "claim-cell" : "claim-cell-silent"} data-testid="claim-cell" data-outlet={column.name.text}>
            <p className="claim-cell-outlet"><SourceName name={column.name} /></p>
            {cells.length === 0 ? (
              <p className="text-sm text-faint">Not reported</p>
            ) : (
              <ul className="space-y-2">
                {cells.map((c) => (
                  <li key={c.id}>
                    <label className="no-print claim-select">
                      <input type="checkbox" name="claimId" value={c.id} form={FLAG_FORM_ID} className="h-4 w-4" />
                      Select<span className="sr-only">{` ${column.name.text}: ${c.value}`}</span>
                    </label>
                    {c.isCaption && <span className="mr-1 text-xs font-semibold text-faint">[caption]</span>}
                    <Excerpt sourceId={c.sourceId} text={c.text} start={c.start} end={c.end} valueStart={c.valueStart} valueEnd={c.valueEnd} />
                    {c.resolvedDate && <p className="mt-1 text-xs text-subtle">“{c.value}” resolves to {c.resolvedDate}</p>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
