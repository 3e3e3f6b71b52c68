import { z } from "zod";
import { findStoryByRef, loadFactSheetData } from "@/lib/db/fact-sheet-data";
import { buildFactSheet } from "@/lib/export/build-fact-sheet";
import { filterFactSheet } from "@/lib/export/filter-fact-sheet";
import { FACT_SHEET_EXTENSIONS, FACT_SHEET_MEDIA_TYPES, serializeFactSheet } from "@/lib/export/serialize-fact-sheet";
import { ZFactSheetFormat } from "@/lib/schemas/fact-sheet";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  format: ZFactSheetFormat.default("json"),
  download: z.enum(["0", "1"]).default("0"),
  confirmed: z.enum(["0", "1"]).default("0"),
  entity: z.string().trim().min(1).max(64).optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
  story: z.string().trim().min(1).max(200).optional(),
});

/**
 * GET /api/factsheet?format=json|md|csv|claimreview|pdf[&story=ID|TITLE][&confirmed=1][&entity=ID][&outlet=NAME|ID][&download=1]
 * Without `story` the sheet carries every story (stories[]).
 */
export async function GET(request: Request) {
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const query = ZQuery.safeParse(params);
  if (!query.success) {
    return Response.json({ error: "Invalid query", fieldErrors: z.flattenError(query.error).fieldErrors }, { status: 400 });
  }
  const { format, download, confirmed, entity, outlet } = query.data;
  const story = query.data.story ? await findStoryByRef(query.data.story) : null;
  if (query.data.story && !story) return Response.json({ error: `No story has the id or title "${query.data.story}"` }, { status: 404 });
  const sheet = filterFactSheet(buildFactSheet(await loadFactSheetData(story)), { onlyConfirmed: confirmed === "1", entityId: entity, outlet });
  const body = await serializeFactSheet(sheet, format);
  const headers: Record<string, string> = { "Content-Type": FACT_SHEET_MEDIA_TYPES[format], "Cache-Control": "no-store" };
  if (download === "1") headers["Content-Disposition"] = `attachment; filename="fact-sheet.${FACT_SHEET_EXTENSIONS[format]}"`;
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers });
}
