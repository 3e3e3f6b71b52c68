"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-danger-line bg-surface p-6">
      <h1 className="text-xl font-semibold text-danger-ink">Something went wrong</h1>
      <p className="mt-1 text-muted">The page could not be loaded{error.digest ? ` (reference ${error.digest})` : ""}. Nothing was changed.</p>
      <button type="button" onClick={reset} className="mt-3 rounded bg-primary px-3 py-1.5 text-sm text-on-solid">Try again</button>
    </div>
  );
}
