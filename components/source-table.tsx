import Link from "next/link";
import type { TSourceSummary } from "@/lib/db/sources";
import { SourceName } from "./source-name";

export function SourceTable({ sources }: { sources: TSourceSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="min-w-full divide-y divide-line text-sm">
        <caption className="sr-only">Sources</caption>
        <thead className="bg-inset text-left text-xs font-semibold uppercase tracking-wide text-subtle">
          <tr>
            <th scope="col" className="px-3 py-2">Outlet</th>
            <th scope="col" className="px-3 py-2">Byline</th>
            <th scope="col" className="px-3 py-2">Published</th>
            <th scope="col" className="px-3 py-2">File</th>
            <th scope="col" className="px-3 py-2 text-right">Quotes</th>
            <th scope="col" className="px-3 py-2 text-right">Claims</th>
            <th scope="col" className="px-3 py-2 text-right">Mentions</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line-soft">
          {sources.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/sources/${s.id}`} className="text-link underline underline-offset-2"><SourceName source={s} /></Link>
                {s.title && <span className="block text-xs font-normal text-subtle">{s.title}</span>}
              </th>
              <td className="px-3 py-2">{s.byline ?? <span className="text-faint">not stated</span>}</td>
              <td className="px-3 py-2 whitespace-nowrap">{s.publishedAt ?? <span className="text-faint">not stated</span>}</td>
              <td className="px-3 py-2 font-mono text-xs">{s.file ?? "—"}</td>
              <td className="px-3 py-2 text-right tabular-nums">{s.quoteCount}</td>
              <td className="px-3 py-2 text-right tabular-nums">{s.claimCount}</td>
              <td className="px-3 py-2 text-right tabular-nums">{s.mentionCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
