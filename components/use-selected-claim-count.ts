"use client";

import { useSyncExternalStore } from "react";
import { FLAG_FORM_ID } from "./flag-form-id";

const SELECTED = `input[type="checkbox"][name="claimId"][form="${FLAG_FORM_ID}"]:checked`;

/** Ticking a box fires "change"; a form reset clears the boxes only after its event, so it is read a turn later. */
function subscribe(onChange: () => void): () => void {
  const onReset = () => setTimeout(onChange);
  document.addEventListener("change", onChange);
  document.addEventListener("reset", onReset);
  return () => {
    document.removeEventListener("change", onChange);
    document.removeEventListener("reset", onReset);
  };
}

const countSelected = () => document.querySelectorAll(SELECTED).length;

/** How many claims on the page are ticked for the contradiction form (the boxes live in the claim rows). */
export function useSelectedClaimCount(): number {
  return useSyncExternalStore(subscribe, countSelected, () => 0);
}
