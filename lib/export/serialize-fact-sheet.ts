import type { TFactSheet, TFactSheetFormat } from "../schemas/fact-sheet";
import { renderFactSheetMarkdown } from "./render-markdown";
import { renderFactSheetCsv } from "./render-csv";
import { renderClaimReviews } from "./render-claim-review";
import { renderFactSheetPdf } from "./render-pdf";
import { toScriptSafeJson } from "./script-safe-json";

export const FACT_SHEET_MEDIA_TYPES: Record<TFactSheetFormat, string> = {
  json: "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
  pdf: "application/pdf",
};

export const FACT_SHEET_EXTENSIONS: Record<TFactSheetFormat, string> = {
  json: "json", md: "md", csv: "csv", claimreview: "claimreview.jsonld", pdf: "pdf",
};

/** Every format is produced from the same fact sheet object. */
export async function serializeFactSheet(sheet: TFactSheet, format: TFactSheetFormat): Promise<string | Buffer> {
  switch (format) {
    case "json":
      return `${JSON.stringify(sheet, null, 2)}\n`;
    case "md":
      return renderFactSheetMarkdown(sheet);
    case "csv":
      return renderFactSheetCsv(sheet);
    case "claimreview":
      // JSON-LD is pasted into a <script> block of a page: no `<` may close it.
      return `${toScriptSafeJson(renderClaimReviews(sheet))}\n`;
    case "pdf":
      return renderFactSheetPdf(sheet);
  }
}
