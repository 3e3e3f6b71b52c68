import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { findCitingSourcesCapped, findSourceRecordsIn, getSourceHeader } from "@/lib/db/source-part";
import { ProvenancePanel } from "@/components/provenance-panel";
import { attributeLabel, sourceLabel } from "@/lib/format/labels";
import type { TLayerSpan } from "@/lib/format/layer-spans";
import { blocksInPart, findPartAt, splitIntoParts, type TTextPart } from "@/lib/format/source-parts";
import { ZSourcePageQuery } from "@/lib/schemas/source-page-query";
import type { TSearchParams } from "@/lib/schemas/search-params";
import { HighlightedText } from "@/components/highlighted-text";
import { SourcePartNav } from "@/components/source-part-nav";
import { removeSource } from "@/lib/actions/delete-source";
import { listStoryChoices } from "@/lib/db/stories";
import { storyPath } from "@/lib/format/story-paths";
import { ZStoryEditError } from "@/lib/schemas/search-params";
import { MoveSourceForm } from "@/components/story/move-source-form";
import { SourceName } from "@/components/source-name";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: TSearchParams };

/** Lists beside the text name at most this many quotes, entities and citing articles. */
const MAX_LISTED = 50;

// The metadata and the page read the same row once per request.
const loadSource = cache(getSourceHeader);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id);
  return { title: source ? sourceLabel(source) : "Source not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const [source, rawQuery, stories] = await Promise.all([loadSource(id), searchParams, listStoryChoices()]);
  if (!source) notFound();
  const query = ZSourcePageQuery.parse(rawQuery);
  const editError = ZStoryEditError.optional().catch(undefined).parse([rawQuery.error].flat()[0]);
  const { start, end } = query;
  const linked = start !== undefined && end !== undefined && start < end && end <= source.text.length ? { start, end } : undefined;
  // A long article is shown one part at a time: the asked-for part, else the one holding the linked passage.
  const parts = splitIntoParts(source.text, source.blocks);
  const part = query.part ? parts[Math.min(query.part, parts.length) - 1] : findPartAt(parts, linked?.start ?? 0);
  const [records, citedBy] = await Promise.all([findSourceRecordsIn(id, part.start, part.end), findCitingSourcesCapped(id, MAX_LISTED)]);
  const spans: TLayerSpan[] = [
    ...records.mentions.map((m) => ({ start: m.start, end: m.end, layer: "entity", title: `${m.entity.name} (${m.entity.type})` })),
    ...records.claims.map((c) => ({
      start: c.start, end: c.end, layer: "claim", anchorId: `claim-${c.id}`,
      title: `${c.subject} · ${attributeLabel(c.attribute)}: ${c.value}${c.resolvedDate ? ` (= ${c.resolvedDate})` : ""}`,
    })),
    ...records.citations.map((c) => ({ start: c.start, end: c.end, layer: "entity", anchorId: `citation-${c.id}`, title: `Cites ${c.cited}` })),
    ...records.quotes.map((q) => ({ start: q.start, end: q.end, layer: "quote", anchorId: `quote-${q.id}`, title: `Quote: ${q.speaker ?? "unattributed"}` })),
  ];
  if (linked) spans.push({ ...linked, layer: "highlight", anchorId: "highlight", title: "Linked passage" });
  // Lists name what starts in this part, so each link's anchor is on the page.
  const startsHere = ({ start: s }: { start: number }) => s >= part.start && s < part.end;
  const quotes = records.quotes.filter(startsHere);
  const citations = records.citations.filter(startsHere);
  const entities = [...new Map(records.mentions.map((m) => [m.entity.id, m.entity])).values()];
  const isPartial = parts.length > 1;
  const meta = [
    ["Byline", source.byline], ["Published", source.publishedAt], ["URL", source.url],
    // How the article arrived: only one of the two applies, so the other is left out rather than "not stated".
    ...(source.fetchedFrom ? [["Fetched from", source.fetchedFrom] as const] : []),
    ...(source.file || !source.fetchedFrom ? [["File", source.file] as const] : []),
  ] as const;
  const nav = { sourceId: source.id, part, partCount: parts.length, textLength: source.text.length, linked };
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <article className="rounded-lg border border-line bg-surface p-5">
        <header className="mb-4">
          <p className="text-sm text-subtle">
            Story: <Link href={storyPath(source.story.id)} className="text-link underline underline-offset-2">{source.story.title}</Link>
          </p>
          <h1 className="text-2xl font-semibold"><SourceName source={source} /></h1>
          {source.title && <p className="text-lg text-ink-soft">{source.title}</p>}
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            {meta.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-subtle">{label}</dt>
                <dd className="break-all">{value ?? <span className="text-faint">not stated</span>}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 flex flex-wrap gap-3 text-xs" aria-label="Legend">
            <mark data-kind="quote">quote</mark>
            <mark data-kind="claim">claim</mark>
            <mark data-kind="entity">entity</mark>
          </p>
        </header>
        <SourcePartNav {...nav} withNote />
        {linked && isPartial && <LinkedPassageNote sourceId={source.id} linked={linked} part={part} linkedPart={findPartAt(parts, linked.start)} />}
        <HighlightedText text={source.text} blocks={blocksInPart(source.blocks, part, source.text.length)} spans={spans} />
        <SourcePartNav {...nav} />
      </article>
      <aside className="space-y-4">
        <section aria-labelledby="quotes-heading" className="rounded-lg border border-line bg-surface p-4">
          <h2 id="quotes-heading" className="font-semibold">
            Quotes ({isPartial ? `${quotes.length} in this part, ${source._count.quotes} in all` : source._count.quotes})
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {quotes.slice(0, MAX_LISTED).map((q) => (
              <li key={q.id}>
                <a href={`#quote-${q.id}`} className="text-link underline underline-offset-2">{q.speaker ?? "Unattributed"}</a>
                <span className="text-muted">: “{q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}”</span>
              </li>
            ))}
          </ul>
          {quotes.length > MAX_LISTED && <p className="mt-2 text-sm text-subtle">and {quotes.length - MAX_LISTED} more, highlighted in the text.</p>}
        </section>
        <ProvenancePanel
          citations={citations.slice(0, MAX_LISTED)}
          citationsElsewhere={source._count.citations - Math.min(citations.length, MAX_LISTED)}
          citedBy={citedBy.rows}
          citedByTotal={citedBy.total}
        />
        <MoveSourceForm sourceId={source.id} others={stories.filter((s) => s.id !== source.story.id)} error={editError} />
        <details className="rounded-lg border border-danger-line bg-surface p-4">
          <summary className="cursor-pointer text-sm font-medium text-danger-ink">Remove this article…</summary>
          <form action={removeSource} className="mt-2">
            <input type="hidden" name="sourceId" value={source.id} />
            <p className="text-sm text-muted">Its quotes, claims and mentions are deleted and its story is compared anew. Reviews of discrepancies that no longer exist stop showing.</p>
            <button type="submit" className="mt-2 rounded border border-danger px-3 py-1.5 text-sm font-medium text-danger-ink hover:bg-danger-faint">Yes, remove this article</button>
          </form>
        </details>
        <section aria-labelledby="entities-heading" className="rounded-lg border border-line bg-surface p-4">
          <h2 id="entities-heading" className="font-semibold">Entities{isPartial ? " in this part" : ""}</h2>
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {entities.slice(0, MAX_LISTED).map((e) => (
              <li key={e.id}><Link href={`/entities/${e.id}`} className="text-link underline underline-offset-2">{e.name}</Link></li>
            ))}
          </ul>
          {entities.length > MAX_LISTED && <p className="mt-2 text-sm text-subtle">and {entities.length - MAX_LISTED} more, highlighted in the text.</p>}
        </section>
      </aside>
    </div>
  );
}

type TNoteProps = { sourceId: string; linked: { start: number; end: number }; part: TTextPart; linkedPart: TTextPart };

/** Says where the linked passage is when this part does not hold all of it. */
function LinkedPassageNote({ sourceId, linked, part, linkedPart }: TNoteProps) {
  const what = `The linked passage (characters ${linked.start}–${linked.end})`;
  if (linkedPart.number !== part.number) {
    return (
      <p className="mb-3 text-sm text-muted">
        {what} is in{" "}
        <Link href={`/sources/${sourceId}?start=${linked.start}&end=${linked.end}#highlight`} className="text-link underline underline-offset-2">part {linkedPart.number}</Link>.
      </p>
    );
  }
  if (linked.end > part.end) return <p className="mb-3 text-sm text-muted">{what} continues in the next part.</p>;
  return null;
}
