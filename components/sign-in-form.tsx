"use client";

import { useActionState } from "react";
import { signIn } from "@/lib/actions/sign-in";

export function SignInForm({ next }: { next: string }) {
  const [state, action, isPending] = useActionState(signIn, { message: "" });
  return (
    <form action={action} className="space-y-3 rounded-lg border border-line bg-surface p-4">
      <input type="hidden" name="next" value={next} />
      <label htmlFor="token" className="block text-sm font-medium">Admin token</label>
      <input id="token" name="token" type="password" autoComplete="current-password" required className="w-full rounded border border-line-strong px-2 py-1.5" />
      <button type="submit" disabled={isPending} className="rounded bg-primary px-4 py-2 text-sm font-medium text-on-solid disabled:opacity-60">
        {isPending ? "Signing in…" : "Sign in"}
      </button>
      <p role="status" aria-live="polite" className="text-sm text-danger">{state.message}</p>
    </form>
  );
}
