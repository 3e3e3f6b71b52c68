"use client";

import "./globals.css";

/**
 * Shown when the root layout itself fails. Next answers such a request with a 500 status: the page
 * has no loading boundary, so nothing is sent before the error is known.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 p-6 text-slate-900">
        <main role="alert" className="mx-auto max-w-2xl rounded-lg border border-red-200 bg-white p-6">
          <h1 className="text-xl font-semibold text-red-800">Something went wrong</h1>
          <p className="mt-1 text-slate-700">The page could not be loaded{error.digest ? ` (reference ${error.digest})` : ""}. Nothing was changed.</p>
          <button type="button" onClick={reset} className="mt-3 rounded bg-indigo-700 px-3 py-1.5 text-sm text-white">Try again</button>
        </main>
      </body>
    </html>
  );
}
