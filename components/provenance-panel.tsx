import Link from "next/link";
import { SourceName } from "./source-name";

type Props = {
  citations: Array<{ id: string; cited: string; cue: string; citedSourceId: string | null }>;
  citedBy: Array<{ id: string; cue: string; cited: string; start: number; end: number; source: { id: string; outlet: string | null; file: string | null } }>;
  /** How many citations of this article there are in all; `citedBy` holds the first of them. */
  citedByTotal?: number;
  /** Citations of this article that the page does not show (they lie in its other parts). */
  citationsElsewhere?: number;
};

/** Who this article relies on ("according to …", "told …") and which stored articles rely on it. */
export function ProvenancePanel({ citations, citedBy, citedByTotal = citedBy.length, citationsElsewhere = 0 }: Props) {
  return (
    <section aria-labelledby="provenance-heading" className="rounded-lg border border-line bg-surface p-4">
      <h2 id="provenance-heading" className="font-semibold">Provenance</h2>
      <h3 className="mt-2 text-xs font-semibold uppercase tracking-wide text-subtle">This article cites</h3>
      {citations.length === 0 ? (
        <p className="text-sm text-subtle">{citationsElsewhere ? "None in this part." : "No other outlet or agency."}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {citations.map((c) => (
            <li key={c.id}>
              <a href={`#citation-${c.id}`} className="text-link underline underline-offset-2">{c.cited}</a>
              <span className="text-subtle"> (cue “{c.cue}”)</span>
              {c.citedSourceId && (
                <> · <Link href={`/sources/${c.citedSourceId}`} className="text-link underline">stored here</Link></>
              )}
            </li>
          ))}
        </ul>
      )}
      {citationsElsewhere > 0 && <p className="mt-1 text-sm text-subtle">{citationsElsewhere} more in the article&apos;s other parts.</p>}
      <h3 className="mt-3 text-xs font-semibold uppercase tracking-wide text-subtle">Cited by</h3>
      {citedBy.length === 0 ? (
        <p className="text-sm text-subtle">No stored article cites this outlet.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {citedBy.map((c) => (
            <li key={c.id}>
              <Link href={`/sources/${c.source.id}?start=${c.start}&end=${c.end}#citation-${c.id}`} className="text-link underline underline-offset-2"><SourceName source={c.source} /></Link>
              <span className="text-subtle"> (cites {c.cited}, cue “{c.cue}”)</span>
            </li>
          ))}
        </ul>
      )}
      {citedByTotal > citedBy.length && <p className="mt-1 text-sm text-subtle">and {citedByTotal - citedBy.length} more.</p>}
    </section>
  );
}
