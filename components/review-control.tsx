"use client";

import { useActionState, useId } from "react";
import { saveReview, type TSaveReviewState } from "@/lib/actions/save-review";
import { REVIEW_LABELS } from "@/lib/format/labels";

type Props = {
  targetType: "discrepancy" | "claimGroup";
  targetId: string;
  status: string;
  note: string;
  label: string;
};

const CHOICES = ["confirmed", "dismissed", "needs-check"] as const;

/** Mark one discrepancy or claim group confirmed, dismissed or needs-check, with a note. */
export function ReviewControl({ targetType, targetId, status, note, label }: Props) {
  const [state, action, isPending] = useActionState<TSaveReviewState, FormData>(saveReview, { ok: true, message: "" });
  const id = useId();
  return (
    <form action={action} className="mt-3 rounded-md border border-line bg-inset p-3">
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <legend className="sr-only">Verdict on: {label}</legend>
        {CHOICES.map((choice) => (
          <label key={choice} className="inline-flex items-center gap-1.5 text-sm">
            <input type="radio" name="status" value={choice} defaultChecked={status === choice} className="h-4 w-4 accent-primary" />
            {REVIEW_LABELS[choice]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`} className="mt-2 block text-xs font-medium text-muted">
        Note (optional)
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id={`${id}-note`}
          name="note"
          defaultValue={note}
          maxLength={2000}
          className="min-w-0 flex-1 rounded border border-line-strong bg-surface px-2 py-1.5 text-sm"
        />
        <button
          type="submit"
          disabled={isPending}
          className="rounded bg-primary px-3 py-1.5 text-sm font-medium text-on-solid hover:bg-primary-hover focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:opacity-60"
        >
          {isPending ? "Saving…" : "Save review"}
        </button>
      </div>
      <p role="status" aria-live="polite" className={`mt-1 text-xs ${state.ok ? "text-success-ink" : "text-danger"}`}>
        {state.message}
      </p>
    </form>
  );
}
