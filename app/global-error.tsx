"use client";

import "./globals.css";

/**
 * Shown when the root layout itself fails. Next answers such a request with a 500 status: the page
 * has no loading boundary, so nothing is sent before the error is known.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-canvas p-6 text-ink">
        <main role="alert" className="mx-auto max-w-2xl rounded-lg border border-danger-line bg-surface p-6">
          <h1 className="text-xl font-semibold text-danger-ink">Something went wrong</h1>
          <p className="mt-1 text-muted">The page could not be loaded{error.digest ? ` (reference ${error.digest})` : ""}. Nothing was changed.</p>
          <button type="button" onClick={reset} className="mt-3 rounded bg-primary px-3 py-1.5 text-sm text-on-solid">Try again</button>
        </main>
      </body>
    </html>
  );
}
