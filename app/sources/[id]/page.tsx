import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findCitingSources, getSourceDetail } from "@/lib/db/sources";
import { ProvenancePanel } from "@/components/provenance-panel";
import { attributeLabel, sourceLabel } from "@/lib/format/labels";
import type { TLayerSpan } from "@/lib/format/layer-spans";
import { ZSourceQuery, type TSearchParams } from "@/lib/schemas/search-params";
import { HighlightedText } from "@/components/highlighted-text";
import { removeSource } from "@/lib/actions/delete-source";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: TSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourceDetail((await params).id);
  return { title: source ? sourceLabel(source) : "Source not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const [source, query, citedBy] = await Promise.all([getSourceDetail(id), searchParams.then((s) => ZSourceQuery.parse(s)), findCitingSources(id)]);
  if (!source) notFound();
  const spans: TLayerSpan[] = [
    ...source.mentions.map((m) => ({ start: m.start, end: m.end, layer: "entity", title: `${m.entity.name} (${m.entity.type})` })),
    ...source.claims.map((c) => ({
      start: c.start, end: c.end, layer: "claim", anchorId: `claim-${c.id}`,
      title: `${c.subject} · ${attributeLabel(c.attribute)}: ${c.value}${c.resolvedDate ? ` (= ${c.resolvedDate})` : ""}`,
    })),
    ...source.citations.map((c) => ({ start: c.start, end: c.end, layer: "entity", anchorId: `citation-${c.id}`, title: `Cites ${c.cited}` })),
    ...source.quotes.map((q) => ({ start: q.start, end: q.end, layer: "quote", anchorId: `quote-${q.id}`, title: `Quote: ${q.speaker ?? "unattributed"}` })),
  ];
  const { start, end } = query;
  if (start !== undefined && end !== undefined && start < end && end <= source.text.length) {
    spans.push({ start, end, layer: "highlight", anchorId: "highlight", title: "Linked passage" });
  }
  const meta = [
    ["Byline", source.byline], ["Published", source.publishedAt], ["URL", source.url], ["File", source.file],
  ] as const;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <article className="rounded-lg border border-slate-200 bg-white p-5">
        <header className="mb-4">
          <h1 className="text-2xl font-semibold">{sourceLabel(source)}</h1>
          {source.title && <p className="text-lg text-slate-800">{source.title}</p>}
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            {meta.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600">{label}</dt>
                <dd className="break-all">{value ?? <span className="text-slate-500">not stated</span>}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 flex flex-wrap gap-3 text-xs" aria-label="Legend">
            <mark data-kind="quote">quote</mark>
            <mark data-kind="claim">claim</mark>
            <mark data-kind="entity">entity</mark>
          </p>
        </header>
        <HighlightedText text={source.text} blocks={source.blocks} spans={spans} />
      </article>
      <aside className="space-y-4">
        <section aria-labelledby="quotes-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="quotes-heading" className="font-semibold">Quotes ({source.quotes.length})</h2>
          <ul className="mt-2 space-y-2 text-sm">
            {source.quotes.map((q) => (
              <li key={q.id}>
                <a href={`#quote-${q.id}`} className="text-indigo-700 underline underline-offset-2">{q.speaker ?? "Unattributed"}</a>
                <span className="text-slate-700">: “{q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}”</span>
              </li>
            ))}
          </ul>
        </section>
        <ProvenancePanel citations={source.citations} citedBy={citedBy} />
        <details className="rounded-lg border border-red-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-red-800">Remove this article…</summary>
          <form action={removeSource} className="mt-2">
            <input type="hidden" name="sourceId" value={source.id} />
            <p className="text-sm text-slate-700">Its quotes, claims and mentions are deleted and every comparison is recomputed. Reviews of discrepancies that no longer exist stop showing.</p>
            <button type="submit" className="mt-2 rounded border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50">Yes, remove this article</button>
          </form>
        </details>
        <section aria-labelledby="entities-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="entities-heading" className="font-semibold">Entities</h2>
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {[...new Map(source.mentions.map((m) => [m.entity.id, m.entity])).values()].map((e) => (
              <li key={e.id}><Link href={`/entities/${e.id}`} className="text-indigo-700 underline underline-offset-2">{e.name}</Link></li>
            ))}
          </ul>
        </section>
      </aside>
    </div>
  );
}
