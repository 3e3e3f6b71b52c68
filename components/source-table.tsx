import Link from "next/link";
import type { TSourceSummary } from "@/lib/db/sources";
import { sourceLabel } from "@/lib/format/labels";

export function SourceTable({ sources }: { sources: TSourceSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Sources</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
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
        <tbody className="divide-y divide-slate-100">
          {sources.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/sources/${s.id}`} className="text-indigo-700 underline underline-offset-2">{sourceLabel(s)}</Link>
                {s.title && <span className="block text-xs font-normal text-slate-600">{s.title}</span>}
              </th>
              <td className="px-3 py-2">{s.byline ?? <span className="text-slate-500">not stated</span>}</td>
              <td className="px-3 py-2 whitespace-nowrap">{s.publishedAt ?? <span className="text-slate-500">not stated</span>}</td>
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
