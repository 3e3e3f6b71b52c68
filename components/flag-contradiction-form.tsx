"use client";

import Link from "next/link";
import { useActionState } from "react";
import { flagContradiction, type TFlagState } from "@/lib/actions/flag-contradiction";
import { FLAG_FORM_ID } from "./flag-form-id";

/**
 * Claims on the page carry checkboxes tied to this form (form="flag-form"), so a reviewer can tick
 * two claims anywhere on the page and flag them as contradicting.
 */
export function FlagContradictionForm({ discrepanciesPath }: { discrepanciesPath: string }) {
  const [state, action, isPending] = useActionState<TFlagState, FormData>(flagContradiction, { ok: true, message: "" });
  return (
    <form id={FLAG_FORM_ID} action={action} className="no-print sticky bottom-0 z-10 rounded-t-lg border border-line-strong bg-surface/95 p-3 shadow-lg backdrop-blur">
      <p className="text-sm font-medium">Found a contradiction the app missed? Tick the claims, then flag them.</p>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs font-medium text-muted">
          Kind
          <select name="kind" defaultValue="conflict" className="rounded border border-line-strong px-2 py-1 text-sm font-normal">
            <option value="conflict">conflict</option>
            <option value="variant">variant</option>
            <option value="attribution">attribution</option>
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium text-muted">
          Verdict
          <select name="status" defaultValue="confirmed" className="rounded border border-line-strong px-2 py-1 text-sm font-normal">
            <option value="confirmed">Confirmed</option>
            <option value="needs-check">Needs check</option>
          </select>
        </label>
        <label className="flex min-w-0 flex-1 flex-col text-xs font-medium text-muted">
          Note
          <input name="note" maxLength={2000} className="rounded border border-line-strong px-2 py-1 text-sm font-normal" />
        </label>
        <button type="submit" disabled={isPending} className="rounded bg-danger-solid px-3 py-1.5 text-sm font-medium text-on-solid hover:bg-danger-solid-hover disabled:opacity-60">
          {isPending ? "Flagging…" : "Flag selected claims"}
        </button>
      </div>
      <p role="status" aria-live="polite" className={`mt-1 text-xs ${state.ok ? "text-success-ink" : "text-danger"}`}>
        {state.message}{" "}
        {state.discrepancyId && <Link href={`${discrepanciesPath}#${state.discrepancyId}`} className="text-link underline">See it</Link>}
      </p>
    </form>
  );
}
