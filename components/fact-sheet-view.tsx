import type { TFactSheet } from "@/lib/schemas/fact-sheet";
import { attributeLabel, sourceLabel } from "@/lib/format/labels";
import { KindBadge, SeverityBadge, StatusBadge } from "./badges";

/** The fact sheet as a readable, printable page: every line cites the outlet and offsets. */
export function FactSheetView({ sheet }: { sheet: TFactSheet }) {
  const sources = new Map(sheet.sources.map((s) => [s.id, s]));
  const claims = new Map(sheet.claims.map((c) => [c.id, c]));
  const outlet = (id: string) => (sources.get(id) ? sourceLabel(sources.get(id)!) : id);
  const cite = (sourceId: string, start: number, end: number) => (
    <span className="whitespace-nowrap text-xs text-slate-600">({outlet(sourceId)}, chars {start}–{end})</span>
  );
  const groups = sheet.claimGroups.filter((g) => new Set(g.claimIds.map((id) => claims.get(id)?.sourceId)).size >= 2);
  return (
    <div className="space-y-8 print:space-y-4" data-testid="fact-sheet">
      <section aria-labelledby="fs-discrepancies">
        <h2 id="fs-discrepancies" className="text-xl font-semibold">Discrepancies ({sheet.discrepancies.length})</h2>
        {sheet.discrepancies.length === 0 && <p className="text-slate-600">None in this selection.</p>}
        <ol className="mt-2 space-y-3">
          {sheet.discrepancies.map((d) => (
            <li key={d.id} className="break-inside-avoid rounded border border-slate-200 bg-white p-3 print:border-slate-400">
              <p className="flex flex-wrap items-center gap-2">
                <KindBadge kind={d.kind} /> <SeverityBadge severity={d.severity} /> <StatusBadge status={d.reviewStatus} />
                {d.origin === "manual" && <span className="text-xs text-slate-600">flagged by a reviewer</span>}
              </p>
              <p className="mt-1 font-medium">{d.summary}</p>
              {d.reviewNote && <p className="text-sm text-slate-700">Note: {d.reviewNote}</p>}
              <ul className="mt-1 space-y-1 text-sm">
                {d.items.map((item, i) => (
                  <li key={i}>“{item.excerpt}” {cite(item.sourceId, item.start, item.end)}</li>
                ))}
                {d.missingSourceIds.length > 0 && <li>Not reported by: {d.missingSourceIds.map(outlet).join(", ")}</li>}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="fs-claims">
        <h2 id="fs-claims" className="text-xl font-semibold">Claims reported by two or more outlets ({groups.length})</h2>
        <ol className="mt-2 space-y-3">
          {groups.map((g) => (
            <li key={g.id} className="break-inside-avoid">
              <p className="font-medium">
                {g.subject} · {attributeLabel(g.attribute)} <span className="text-sm font-normal text-slate-600">({g.agreement}, review: {g.reviewStatus})</span>
              </p>
              <ul className="space-y-1 text-sm">
                {g.claimIds.map((id) => claims.get(id)).filter((c) => c !== undefined).map((c) => (
                  <li key={c.id}><strong>{c.value}</strong>: “{c.text}” {cite(c.sourceId, c.start, c.end)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="fs-quotes">
        <h2 id="fs-quotes" className="text-xl font-semibold">Quotes ({sheet.quotes.length})</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {sheet.quotes.map((q) => (
            <li key={q.id}><strong>{q.speaker ?? "Unattributed"}</strong>: “{q.text}” {cite(q.sourceId, q.start, q.end)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="fs-provenance">
        <h2 id="fs-provenance" className="text-xl font-semibold">Provenance: who relies on whom</h2>
        {sheet.citations.length === 0 ? (
          <p className="text-sm text-slate-600">No source cites another outlet or agency.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {sheet.citations.map((c) => (
              <li key={c.id}>
                <strong>{outlet(c.sourceId)}</strong> relies on <strong>{c.cited}</strong>
                {c.citedSourceId ? " (also stored here)" : ""}, cue “{c.cue}” {cite(c.sourceId, c.start, c.end)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="fs-sources">
        <h2 id="fs-sources" className="text-xl font-semibold">Sources</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {sheet.sources.map((s) => (
            <li key={s.id}>
              <strong>{sourceLabel(s)}</strong> ({s.id}){[s.title, s.byline && `by ${s.byline}`, s.publishedAt, s.url].filter(Boolean).map((p) => ` · ${p}`)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
