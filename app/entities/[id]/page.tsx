import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEntityDetail } from "@/lib/db/entities";
import { listSourceLabels } from "@/lib/db/sources";
import { attributeLabel, sourceLabel } from "@/lib/format/labels";
import { Excerpt } from "@/components/excerpt";
import { EmptyState } from "@/components/empty-state";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entity = await getEntityDetail((await params).id);
  return { title: entity?.name ?? "Entity not found" };
}

export default async function EntityPage({ params }: Props) {
  const { id } = await params;
  const [entity, sources] = await Promise.all([getEntityDetail(id), listSourceLabels()]);
  if (!entity) notFound();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{entity.name}</h1>
        <p className="text-sm text-slate-600">{entity.type}</p>
        <p className="mt-2 text-sm">
          <span className="font-medium">Printed as: </span>
          {entity.aliases.map((a) => a.alias).join(" · ") || entity.name}
        </p>
      </header>
      {sources.map((source) => {
        const claims = entity.claims.filter((c) => c.sourceId === source.id);
        const quotes = entity.quotes.filter((q) => q.sourceId === source.id);
        const mentions = entity.mentions.filter((m) => m.sourceId === source.id);
        return (
          <section key={source.id} aria-labelledby={`src-${source.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`src-${source.id}`} className="text-lg font-semibold">{sourceLabel(source)}</h2>
            {mentions.length === 0 ? (
              <p className="text-sm text-slate-600">Does not name {entity.name}.</p>
            ) : (
              <p className="text-sm text-slate-600">Named {mentions.length} time(s).</p>
            )}
            {claims.length > 0 && (
              <>
                <h3 className="mt-3 text-sm font-semibold uppercase tracking-wide text-slate-600">What it says</h3>
                <ul className="mt-1 space-y-2">
                  {claims.map((c) => (
                    <li key={c.id}>
                      <span className="mr-2 text-xs font-semibold text-slate-700">{attributeLabel(c.attribute)}: {c.value}</span>
                      <Excerpt sourceId={c.sourceId} text={c.text} start={c.start} end={c.end} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            {quotes.length > 0 && (
              <>
                <h3 className="mt-3 text-sm font-semibold uppercase tracking-wide text-slate-600">Quoted as saying</h3>
                <ul className="mt-1 space-y-2">
                  {quotes.map((q) => (
                    <li key={q.id}><Excerpt sourceId={q.sourceId} text={q.text} start={q.start} end={q.end} /></li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
      {sources.length === 0 && <EmptyState title="No sources" />}
    </div>
  );
}
