import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { cache } from "react";
import { findEntityCoverage, findSameEntityInOtherStories, getEntityHeader } from "@/lib/db/entities";
import { findSourceColumns } from "@/lib/db/sources";
import { attributeLabel } from "@/lib/format/labels";
import { storyPath } from "@/lib/format/story-paths";
import { ZPageQuery, type TSearchParams } from "@/lib/schemas/search-params";
import { Excerpt } from "@/components/excerpt";
import { SourceName } from "@/components/source-name";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { OtherStoriesSection } from "@/components/story/other-stories-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: TSearchParams };

/** Up to this many stored sources, the page also lists those that do not name the entity. */
const LIST_SILENT_UP_TO = 14;

// The metadata and the page read the same row once per request.
const loadEntity = cache(getEntityHeader);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entity = await loadEntity((await params).id);
  return { title: entity?.name ?? "Entity not found" };
}

export default async function EntityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { page } = ZPageQuery.parse(await searchParams);
  const entity = await loadEntity(id);
  if (!entity) notFound();
  const [coverage, few, elsewhere] = await Promise.all([
    findEntityCoverage(id, { page }),
    findSourceColumns([], LIST_SILENT_UP_TO, entity.storyId),
    findSameEntityInOtherStories(entity),
  ]);
  const naming = new Set(coverage.sources.map((s) => s.id));
  const silent = coverage.sourceTotal <= LIST_SILENT_UP_TO && page === 1 ? few.columns.filter((s) => !naming.has(s.id)) : [];
  const silentCount = coverage.sourceTotal - coverage.namingTotal;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{entity.name}</h1>
        <p className="text-sm text-subtle">
          {entity.type} · in the story{" "}
          <Link href={storyPath(entity.story.id)} className="text-link underline underline-offset-2">{entity.story.title}</Link>
        </p>
        <p className="mt-2 text-sm">
          <span className="font-medium">Printed as: </span>
          {entity.aliases.map((a) => a.alias).join(" · ") || entity.name}
        </p>
        <p className="mt-1 text-sm text-muted">
          Named by {coverage.namingTotal} of {coverage.sourceTotal} sources.
        </p>
      </header>
      {coverage.sources.map((source) => (
        <section key={source.id} aria-labelledby={`src-${source.id}`} className="rounded-lg border border-line bg-surface p-4">
          <h2 id={`src-${source.id}`} className="text-lg font-semibold"><SourceName source={source} /></h2>
          <p className="text-sm text-subtle">
            {source.mentions.length === 0 ? `Does not name ${entity.name}, but quotes or describes them.` : `Named ${source.mentions.length} time(s).`}
          </p>
          {source.claims.length > 0 && (
            <>
              <h3 className="mt-3 text-sm font-semibold uppercase tracking-wide text-subtle">What it says</h3>
              <ul className="mt-1 space-y-2">
                {source.claims.map((c) => (
                  <li key={c.id}>
                    <span className="mr-2 text-xs font-semibold text-muted">{attributeLabel(c.attribute)}: {c.value}</span>
                    <Excerpt sourceId={c.sourceId} text={c.text} start={c.start} end={c.end} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {source.quotes.length > 0 && (
            <>
              <h3 className="mt-3 text-sm font-semibold uppercase tracking-wide text-subtle">Quoted as saying</h3>
              <ul className="mt-1 space-y-2">
                {source.quotes.map((q) => (
                  <li key={q.id}><Excerpt sourceId={q.sourceId} text={q.text} start={q.start} end={q.end} /></li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {silent.map((source) => (
        <section key={source.id} aria-labelledby={`src-${source.id}`} className="rounded-lg border border-dashed border-line-strong p-4">
          <h2 id={`src-${source.id}`} className="text-lg font-semibold"><SourceName source={source} /></h2>
          <p className="text-sm text-subtle">Does not name {entity.name}.</p>
        </section>
      ))}
      {silent.length === 0 && silentCount > 0 && page >= coverage.pageCount && (
        <p className="text-sm text-subtle">{silentCount} other sources do not name {entity.name}.</p>
      )}
      {coverage.sourceTotal === 0 && <EmptyState title="No sources" />}
      <Pagination pathname={`/entities/${entity.id}`} query={{}} page={coverage.page} pageCount={coverage.pageCount} />
      <OtherStoriesSection name={entity.name} entities={elsewhere} />
    </div>
  );
}
