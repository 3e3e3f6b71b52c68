import type { Metadata } from "next";
import { loadFactSheetData } from "@/lib/db/fact-sheet-data";
import { buildFactSheet } from "@/lib/export/build-fact-sheet";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Fact sheet" };

export default async function FactSheetPage() {
  const sheet = buildFactSheet(await loadFactSheetData());
  const reviewed = sheet.discrepancies.filter((d) => d.reviewStatus !== "unreviewed").length;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Fact sheet</h1>
      <p className="text-slate-700">
        {sheet.sources.length} sources, {sheet.claims.length} claims, {sheet.quotes.length} quotes and {sheet.discrepancies.length} discrepancies
        ({reviewed} reviewed). Every line carries its source and character offsets.
      </p>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a href="/api/factsheet?format=json&download=1" download className="inline-block rounded bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800">
            Download JSON
          </a>
        </li>
        <li>
          <a href="/api/factsheet?format=md&download=1" download className="inline-block rounded border border-indigo-700 px-4 py-2 text-sm font-medium text-indigo-800 hover:bg-indigo-50">
            Download Markdown
          </a>
        </li>
      </ul>
    </div>
  );
}
