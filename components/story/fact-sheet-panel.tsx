import type { z } from "zod";
import { loadFactSheetData } from "@/lib/db/fact-sheet-data";
import { listEntities } from "@/lib/db/entities";
import type { TStory } from "@/lib/db/stories";
import { buildFactSheet } from "@/lib/export/build-fact-sheet";
import { filterFactSheet } from "@/lib/export/filter-fact-sheet";
import { sourceLabel } from "@/lib/format/labels";
import { storyPath } from "@/lib/format/story-paths";
import type { ZFactSheetPageQuery } from "@/lib/schemas/fact-sheet-query";
import { FactSheetView } from "../fact-sheet-view";
import { PrintButton } from "../print-button";

const FORMATS = [
  { format: "json", label: "Download JSON" },
  { format: "md", label: "Download Markdown" },
  { format: "csv", label: "Download CSV" },
  { format: "claimreview", label: "Download ClaimReview (JSON-LD)" },
  { format: "pdf", label: "Download PDF" },
] as const;

type Props = { story: TStory; query: z.infer<typeof ZFactSheetPageQuery> };

/** A story's fact sheet, narrowed by the chosen options, with downloads of the same sheet in every format. */
export async function FactSheetPanel({ story, query }: Props) {
  const [full, entities] = await Promise.all([loadFactSheetData(story).then((data) => buildFactSheet(data)), listEntities({ storyId: story.id, limit: 200 })]);
  const sheet = filterFactSheet(full, { onlyConfirmed: query.confirmed === "1", entityId: query.entity, outlet: query.outlet });
  const chosen = { story: story.id, confirmed: query.confirmed === "1" ? "1" : "", entity: query.entity ?? "", outlet: query.outlet ?? "" };
  const params = new URLSearchParams(Object.entries(chosen).filter(([, v]) => v));
  const reviewed = sheet.discrepancies.filter((d) => d.reviewStatus !== "unreviewed").length;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">Fact sheet</h1>
        <p className="text-muted">
          {sheet.sources.length} sources, {sheet.claims.length} claims, {sheet.quotes.length} quotes and {sheet.discrepancies.length} discrepancies
          ({reviewed} reviewed). Every line carries its source and character offsets.
        </p>
      </header>
      <form method="get" action={storyPath(story.id, "factsheet")} className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-3" aria-label="Narrow the fact sheet">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirmed" value="1" defaultChecked={query.confirmed === "1"} className="h-4 w-4" /> Only confirmed items
        </label>
        <div className="flex min-w-0 max-w-full flex-col text-sm">
          <label htmlFor="filter-entity" className="text-xs font-medium text-muted">Entity</label>
          <select id="filter-entity" name="entity" defaultValue={query.entity ?? ""} className="max-w-64 rounded border border-line-strong px-2 py-1.5">
            <option value="">All entities</option>
            {entities.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
          </select>
        </div>
        <div className="flex min-w-0 max-w-full flex-col text-sm">
          <label htmlFor="filter-outlet" className="text-xs font-medium text-muted">Outlet</label>
          <select id="filter-outlet" name="outlet" defaultValue={query.outlet ?? ""} className="max-w-full rounded border border-line-strong px-2 py-1.5">
            <option value="">All outlets</option>
            {full.sources.map((s) => <option key={s.id} value={s.id}>{sourceLabel(s)}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-primary px-3 py-1.5 text-sm font-medium text-on-solid hover:bg-primary-hover">Apply</button>
      </form>
      <ul className="no-print flex flex-wrap gap-3" aria-label="Downloads">
        {FORMATS.map(({ format, label }) => {
          const href = `/api/factsheet?${new URLSearchParams([...params, ["format", format], ["download", "1"]])}`;
          return (
            <li key={format}>
              <a href={href} download className="inline-block rounded border border-primary-line px-3 py-1.5 text-sm font-medium text-link-strong hover:bg-primary-soft">{label}</a>
            </li>
          );
        })}
        <li><PrintButton /></li>
      </ul>
      <FactSheetView sheet={sheet} />
    </div>
  );
}
