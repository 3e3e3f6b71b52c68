import Link from "next/link";
import { sourceLabel } from "@/lib/format/labels";

type Props = {
  citations: Array<{ id: string; cited: string; cue: string; citedSourceId: string | null }>;
  citedBy: Array<{ id: string; cue: string; cited: string; source: { id: string; outlet: string | null; file: string | null } }>;
};

/** Who this article relies on ("according to …", "told …") and which stored articles rely on it. */
export function ProvenancePanel({ citations, citedBy }: Props) {
  return (
    <section aria-labelledby="provenance-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="provenance-heading" className="font-semibold">Provenance</h2>
      <h3 className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-600">This article cites</h3>
      {citations.length === 0 ? (
        <p className="text-sm text-slate-600">No other outlet or agency.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {citations.map((c) => (
            <li key={c.id}>
              <a href={`#citation-${c.id}`} className="text-indigo-700 underline underline-offset-2">{c.cited}</a>
              <span className="text-slate-600"> (cue “{c.cue}”)</span>
              {c.citedSourceId && (
                <> · <Link href={`/sources/${c.citedSourceId}`} className="text-indigo-700 underline">stored here</Link></>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-600">Cited by</h3>
      {citedBy.length === 0 ? (
        <p className="text-sm text-slate-600">No stored article cites this outlet.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {citedBy.map((c) => (
            <li key={c.id}>
              <Link href={`/sources/${c.source.id}#citation-${c.id}`} className="text-indigo-700 underline underline-offset-2">{sourceLabel(c.source)}</Link>
              <span className="text-slate-600"> (cites {c.cited}, cue “{c.cue}”)</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
