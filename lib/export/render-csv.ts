import { stringify } from "csv-stringify/sync";
import type { TFactSheet } from "../schemas/fact-sheet";
import { sourceLabel } from "../format/labels";
import { httpUrlOrNull } from "../schemas/article-meta";

export const CSV_COLUMNS = [
  "source_id", "outlet", "url", "subject", "subject_entity_id", "attribute", "value", "excerpt", "start", "end",
  "claim_id", "group_id", "agreement", "discrepancy_id", "discrepancy_kind", "severity", "review_status", "review_note",
] as const;

/** Spreadsheets run cells that start with these as formulas; a leading apostrophe keeps them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return typeof value === "string" && FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One row per claim per source; a claim that several discrepancies cite gets one row per
 * discrepancy. The review columns carry the discrepancy's verdict, else the claim group's.
 */
export function renderFactSheetCsv(sheet: TFactSheet): string {
  const sources = new Map(sheet.sources.map((s) => [s.id, s]));
  const groups = new Map(sheet.claimGroups.map((g) => [g.id, g]));
  const byClaim = new Map<string, TFactSheet["discrepancies"]>();
  for (const d of sheet.discrepancies) {
    for (const item of d.items) {
      if (item.claimId) byClaim.set(item.claimId, [...(byClaim.get(item.claimId) ?? []), d]);
    }
  }
  const rows: Array<Array<string | number | null>> = [];
  for (const c of sheet.claims) {
    const source = sources.get(c.sourceId);
    const group = c.groupId ? groups.get(c.groupId) : undefined;
    const base = [
      c.sourceId, source ? sourceLabel(source) : null, httpUrlOrNull(source?.url), c.subject, c.subjectEntityId, c.attribute,
      c.value, c.text, c.start, c.end, c.id, c.groupId, group?.agreement ?? null,
    ];
    const discrepancies = byClaim.get(c.id) ?? [];
    if (discrepancies.length === 0) rows.push([...base, null, null, null, group?.reviewStatus ?? "unreviewed", group?.reviewNote ?? ""]);
    for (const d of discrepancies) rows.push([...base, d.id, d.kind, d.severity, d.reviewStatus, d.reviewNote]);
  }
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  return `\uFEFF${stringify([[...CSV_COLUMNS], ...rows.map((row) => row.map(guardCell))], { quoted_string: true, record_delimiter: "\r\n" })}`;
}
