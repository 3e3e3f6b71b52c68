import type { TFactSheet, TFactSheetFormat } from "../schemas/fact-sheet";
import { renderFactSheetMarkdown } from "./render-markdown";

export const FACT_SHEET_MEDIA_TYPES: Record<TFactSheetFormat, string> = {
  json: "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
};

export function serializeFactSheet(sheet: TFactSheet, format: TFactSheetFormat): string {
  return format === "json" ? `${JSON.stringify(sheet, null, 2)}\n` : renderFactSheetMarkdown(sheet);
}
