import { z } from "zod";
import { loadFactSheetData } from "@/lib/db/fact-sheet-data";
import { buildFactSheet } from "@/lib/export/build-fact-sheet";
import { FACT_SHEET_MEDIA_TYPES, serializeFactSheet } from "@/lib/export/serialize-fact-sheet";
import { ZFactSheetFormat } from "@/lib/schemas/fact-sheet";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ format: ZFactSheetFormat.default("json"), download: z.enum(["0", "1"]).default("0") });

/** GET /api/factsheet?format=json|md[&download=1] — the sourced fact sheet. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = ZQuery.safeParse(params);
  if (!query.success) {
    return Response.json({ error: "Invalid query", fieldErrors: query.error.flatten().fieldErrors }, { status: 400 });
  }
  const { format, download } = query.data;
  const sheet = buildFactSheet(await loadFactSheetData());
  const headers: Record<string, string> = { "Content-Type": FACT_SHEET_MEDIA_TYPES[format], "Cache-Control": "no-store" };
  if (download === "1") headers["Content-Disposition"] = `attachment; filename="fact-sheet.${format}"`;
  return new Response(serializeFactSheet(sheet, format), { headers });
}
