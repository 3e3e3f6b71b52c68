"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold text-red-800">Something went wrong</h1>
      <p className="mt-1 text-slate-700">The page could not be loaded{error.digest ? ` (reference ${error.digest})` : ""}. Nothing was changed.</p>
      <button type="button" onClick={reset} className="mt-3 rounded bg-indigo-700 px-3 py-1.5 text-sm text-white">Try again</button>
    </div>
  );
}
