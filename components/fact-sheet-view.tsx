import type { TFactSheet } from "@/lib/schemas/fact-sheet";
import type { ReactNode } from "react";
import { attributeLabel } from "@/lib/format/labels";
import { nameSource } from "@/lib/format/source-name";
import { KindBadge, SeverityBadge, StatusBadge } from "./badges";
import { MissingOutlets } from "./missing-outlets";
import { SourceName } from "./source-name";

/**
 * A page stays printable: each section lists its first entries and each entry its first excerpts;
 * what is left out is counted, and the downloads always carry everything.
 */
const MAX_ENTRIES = 150;
const MAX_EXCERPTS = 10;

function More({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (total <= shown) return null;
  return <p className="mt-2 text-sm text-subtle">Showing {shown} of {total} {what}; the downloads carry all of them.</p>;
}

/** The fact sheet as a readable, printable page: every line cites the outlet and offsets. */
export function FactSheetView({ sheet }: { sheet: TFactSheet }) {
  const sources = new Map(sheet.sources.map((s) => [s.id, s]));
  const claims = new Map(sheet.claims.map((c) => [c.id, c]));
  const nameOf = (id: string) => {
    const source = sources.get(id);
    return source ? nameSource(source) : undefined;
  };
  const outlet = (id: string): ReactNode => {
    const name = nameOf(id);
    return name ? <SourceName name={name} /> : id;
  };
  const cite = (sourceId: string, start: number, end: number) => (
    <span className="whitespace-nowrap text-xs text-subtle">({outlet(sourceId)}, chars {start}–{end})</span>
  );
  const groups = sheet.claimGroups.filter((g) => new Set(g.claimIds.map((id) => claims.get(id)?.sourceId)).size >= 2);
  return (
    <div className="space-y-8 print:space-y-4" data-testid="fact-sheet">
      <section aria-labelledby="fs-discrepancies">
        <h2 id="fs-discrepancies" className="text-xl font-semibold">Discrepancies ({sheet.discrepancies.length})</h2>
        {sheet.discrepancies.length === 0 && <p className="text-subtle">None in this selection.</p>}
        <ol className="mt-2 space-y-3">
          {sheet.discrepancies.slice(0, MAX_ENTRIES).map((d) => (
            <li key={d.id} className="break-inside-avoid rounded border border-line bg-surface p-3 print:border-line-strong">
              <p className="flex flex-wrap items-center gap-2">
                <KindBadge kind={d.kind} /> <SeverityBadge severity={d.severity} /> <StatusBadge status={d.reviewStatus} />
                {d.origin === "manual" && <span className="text-xs text-subtle">flagged by a reviewer</span>}
              </p>
              <p className="mt-1 font-medium">{d.summary}</p>
              {d.reviewNote && <p className="text-sm text-muted">Note: {d.reviewNote}</p>}
              <ul className="mt-1 space-y-1 text-sm">
                {d.items.slice(0, MAX_EXCERPTS).map((item, i) => (
                  <li key={i}>“{item.excerpt}” {cite(item.sourceId, item.start, item.end)}</li>
                ))}
                {d.items.length > MAX_EXCERPTS && <li className="text-subtle">and {d.items.length - MAX_EXCERPTS} more excerpts</li>}
                {d.missingSourceIds.length > 0 && <li>Not reported by: <MissingOutlets ids={d.missingSourceIds} nameOf={nameOf} /></li>}
              </ul>
            </li>
          ))}
        </ol>
        <More shown={Math.min(MAX_ENTRIES, sheet.discrepancies.length)} total={sheet.discrepancies.length} what="discrepancies" />
      </section>
      <section aria-labelledby="fs-claims">
        <h2 id="fs-claims" className="text-xl font-semibold">Claims reported by two or more outlets ({groups.length})</h2>
        <ol className="mt-2 space-y-3">
          {groups.slice(0, MAX_ENTRIES).map((g) => (
            <li key={g.id} className="break-inside-avoid">
              <p className="font-medium">
                {g.subject} · {attributeLabel(g.attribute)} <span className="text-sm font-normal text-subtle">({g.agreement}, review: {g.reviewStatus})</span>
              </p>
              <ul className="space-y-1 text-sm">
                {g.claimIds.slice(0, MAX_EXCERPTS).map((id) => claims.get(id)).filter((c) => c !== undefined).map((c) => (
                  <li key={c.id}><strong>{c.value}</strong>: “{c.text}” {cite(c.sourceId, c.start, c.end)}</li>
                ))}
                {g.claimIds.length > MAX_EXCERPTS && <li className="text-subtle">and {g.claimIds.length - MAX_EXCERPTS} more claims</li>}
              </ul>
            </li>
          ))}
        </ol>
        <More shown={Math.min(MAX_ENTRIES, groups.length)} total={groups.length} what="claim groups" />
      </section>
      <section aria-labelledby="fs-quotes">
        <h2 id="fs-quotes" className="text-xl font-semibold">Quotes ({sheet.quotes.length})</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {sheet.quotes.slice(0, MAX_ENTRIES).map((q) => (
            <li key={q.id}><strong>{q.speaker ?? "Unattributed"}</strong>: “{q.text}” {cite(q.sourceId, q.start, q.end)}</li>
          ))}
        </ul>
        <More shown={Math.min(MAX_ENTRIES, sheet.quotes.length)} total={sheet.quotes.length} what="quotes" />
      </section>
      <section aria-labelledby="fs-provenance">
        <h2 id="fs-provenance" className="text-xl font-semibold">Provenance: who relies on whom</h2>
        {sheet.citations.length === 0 ? (
          <p className="text-sm text-subtle">No source cites another outlet or agency.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {sheet.citations.slice(0, MAX_ENTRIES).map((c) => (
              <li key={c.id}>
                <strong>{outlet(c.sourceId)}</strong> relies on <strong>{c.cited}</strong>
                {c.citedSourceId ? " (also stored here)" : ""}, cue “{c.cue}” {cite(c.sourceId, c.start, c.end)}
              </li>
            ))}
          </ul>
        )}
        <More shown={Math.min(MAX_ENTRIES, sheet.citations.length)} total={sheet.citations.length} what="citations" />
      </section>
      <section aria-labelledby="fs-sources">
        <h2 id="fs-sources" className="text-xl font-semibold">Sources</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {sheet.sources.map((s) => (
            <li key={s.id}>
              <strong><SourceName source={s} /></strong> ({s.id}){[s.title, s.byline && `by ${s.byline}`, s.publishedAt, s.url].filter(Boolean).map((p) => ` · ${p}`)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
