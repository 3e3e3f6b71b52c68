"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { flagContradiction, type TFlagState } from "@/lib/actions/flag-contradiction";
import { FLAG_FORM_ID } from "./flag-form-id";
import { useSelectedClaimCount } from "./use-selected-claim-count";

const field = "rounded border border-line-strong px-2 py-1 text-sm font-normal";

/**
 * Claims on the page carry checkboxes tied to this form (form="flag-form"), so a reviewer can tick
 * two claims anywhere on the page and flag them as contradicting. On a wide screen the form stays
 * open at the bottom of the window; on a phone it would cover a quarter of the screen, so there it
 * is a button ("Flag a contradiction (2 selected)") that opens it; Escape closes it again.
 */
export function FlagContradictionForm({ discrepanciesPath }: { discrepanciesPath: string }) {
  const [state, action, isPending] = useActionState<TFlagState, FormData>(flagContradiction, { ok: true, message: "" });
  const [isOpen, setIsOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const firstFieldRef = useRef<HTMLSelectElement>(null);
  const selected = useSelectedClaimCount();

  // Opening moves focus into the form; closing returns it to the button.
  useEffect(() => {
    if (isOpen) firstFieldRef.current?.focus();
  }, [isOpen]);

  // Escape closes wherever focus is: sending the form disables its button, which drops focus to the page.
  useEffect(() => {
    if (!isOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      close();
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, [isOpen]);

  function close() {
    setIsOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <div className="no-print sticky bottom-0 z-10 rounded-t-lg border border-line-strong bg-surface/95 p-2 shadow-lg backdrop-blur sm:p-3">
      <button
        ref={toggleRef} type="button" aria-expanded={isOpen} aria-controls={FLAG_FORM_ID} onClick={() => (isOpen ? close() : setIsOpen(true))}
        className="flex w-full items-center justify-between gap-2 rounded px-2 py-1.5 text-left text-sm font-medium text-link-strong hover:bg-primary-soft focus-visible:outline-2 focus-visible:outline-focus sm:hidden"
      >
        <span>Flag a contradiction ({selected} selected)</span>
        <span aria-hidden="true">{isOpen ? "▾" : "▴"}</span>
      </button>
      <form id={FLAG_FORM_ID} action={action} className={`${isOpen ? "block" : "hidden"} px-1 pt-2 sm:block sm:p-0`}>
        <p className="text-sm font-medium">Found a contradiction the app missed? Tick the claims, then flag them.</p>
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-xs font-medium text-muted">
            Kind
            <select ref={firstFieldRef} name="kind" defaultValue="conflict" className={field}>
              <option value="conflict">conflict</option>
              <option value="variant">variant</option>
              <option value="attribution">attribution</option>
            </select>
          </label>
          <label className="flex flex-col text-xs font-medium text-muted">
            Verdict
            <select name="status" defaultValue="confirmed" className={field}>
              <option value="confirmed">Confirmed</option>
              <option value="needs-check">Needs check</option>
            </select>
          </label>
          <label className="flex min-w-0 flex-1 basis-40 flex-col text-xs font-medium text-muted">
            Note
            <input name="note" maxLength={2000} className={field} />
          </label>
          <button type="submit" disabled={isPending} className="rounded bg-danger-solid px-3 py-1.5 text-sm font-medium text-on-solid hover:bg-danger-solid-hover disabled:opacity-60">
            {isPending ? "Flagging…" : "Flag selected claims"}
          </button>
        </div>
      </form>
      {/* Outside the form, so the outcome stays in view once a phone's form is closed. */}
      <p role="status" aria-live="polite" className={`mt-1 px-1 text-xs empty:mt-0 ${state.ok ? "text-success-ink" : "text-danger"}`}>
        {state.message && (
          <>
            {state.message}{" "}
            {state.discrepancyId && <Link href={`${discrepanciesPath}#${state.discrepancyId}`} className="text-link underline">See it</Link>}
          </>
        )}
      </p>
    </div>
  );
}
