import Link from "next/link";
import { Fragment } from "react";
import { countSources, findSourceColumns, listSources } from "@/lib/db/sources";
import { countClaims } from "@/lib/db/claims";
import { countDiscrepancies, findDiscrepancyPage } from "@/lib/db/discrepancies";
import type { TStory } from "@/lib/db/stories";
import { KIND_DESCRIPTIONS } from "@/lib/format/labels";
import { nameSource } from "@/lib/format/source-name";
import { storyPath } from "@/lib/format/story-paths";
import { SourceTable } from "../source-table";
import { DiscrepancyCard, namedMissingSources } from "../discrepancy-card";
import { Pagination } from "../pagination";
import { EmptyState } from "../empty-state";
import { KindBadge } from "../badges";
import { SourceName } from "../source-name";

/** Sources listed per page of the overview; the outlet line above the figures names them all up to this. */
const SOURCES_PER_PAGE = 25;

/** A story at a glance: its outlets and figures, its sources, and its most serious discrepancies. */
export async function StoryOverview({ story, page }: { story: TStory; page: number }) {
  const storyId = story.id;
  const [sourceTotal, sources, counts, discrepancyCounts, { rows: top }] = await Promise.all([
    countSources(storyId),
    listSources({ page, pageSize: SOURCES_PER_PAGE }, storyId),
    countClaims(storyId),
    countDiscrepancies(storyId),
    findDiscrepancyPage({ storyId, pageSize: 5 }),
  ]);
  const missing = await findSourceColumns(top.flatMap(namedMissingSources), 0, storyId);
  const outletById = new Map(missing.columns.map((s) => [s.id, nameSource(s)]));
  const stats = [
    { label: "Sources", value: sourceTotal },
    { label: "Entities", value: counts.entities },
    { label: "Quotes", value: counts.quotes },
    { label: "Claims", value: counts.claims },
    { label: "Claims shared by 2+ outlets", value: counts.shared },
    { label: "Discrepancies", value: discrepancyCounts.total },
  ];
  const discrepanciesPath = storyPath(storyId, "discrepancies");
  return (
    <div className="space-y-8">
      <section aria-labelledby="event-heading">
        <h1 id="event-heading" className="text-2xl font-semibold">
          {story.title}: as {sourceTotal} outlet{sourceTotal === 1 ? "" : "s"} reported it
        </h1>
        {sourceTotal <= SOURCES_PER_PAGE && (
          <p className="mt-1 text-muted">
            {sources.map((s, i) => <Fragment key={s.id}>{i > 0 && ", "}<SourceName source={s} /></Fragment>)}
          </p>
        )}
        <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {stats.map((s) => (
            <div key={s.label} className="rounded-lg border border-line bg-surface p-3">
              <dt className="text-xs text-subtle">{s.label}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{s.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="mb-2 text-lg font-semibold">Sources</h2>
        <SourceTable sources={sources} />
        <div className="mt-2">
          <Pagination pathname={storyPath(storyId)} query={{}} page={page} pageCount={Math.max(1, Math.ceil(sourceTotal / SOURCES_PER_PAGE))} />
        </div>
      </section>
      <section aria-labelledby="top-heading">
        <div className="mb-2 flex flex-wrap items-baseline gap-3">
          <h2 id="top-heading" className="text-lg font-semibold">Most serious discrepancies</h2>
          <ul className="flex flex-wrap gap-2 text-xs">
            {Object.entries(discrepancyCounts.byKind).map(([kind, n]) => (
              <li key={kind}>
                <Link href={{ pathname: discrepanciesPath, query: { kind } }} title={KIND_DESCRIPTIONS[kind]}>
                  <KindBadge kind={kind} label={`${n} ${kind}`} />
                </Link>
              </li>
            ))}
          </ul>
          <Link href={discrepanciesPath} className="ml-auto text-sm text-link underline underline-offset-2">All discrepancies</Link>
        </div>
        {top.length === 0 ? (
          <EmptyState title="No discrepancies found">The outlets do not disagree on any claim the pipeline extracted.</EmptyState>
        ) : (
          <div className="space-y-4">
            {top.map((d) => (
              <DiscrepancyCard key={d.id} discrepancy={d} outletById={outletById} showReview={false} headingLevel={3} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
