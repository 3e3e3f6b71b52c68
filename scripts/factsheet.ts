// npm run factsheet -- --format json|md [--out FILE] — writes the sourced fact sheet.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ZFactSheetFormat } from "../lib/schemas/fact-sheet";
import { loadFactSheetData } from "../lib/db/fact-sheet-data";
import { buildFactSheet } from "../lib/export/build-fact-sheet";
import { serializeFactSheet } from "../lib/export/serialize-fact-sheet";
import { disconnectPrisma } from "../lib/db/client";

const ZOptions = z.object({ format: ZFactSheetFormat.default("json"), out: z.string().min(1).optional() });

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { format: { type: "string" }, out: { type: "string" } }, strict: true });
  const options = ZOptions.parse(values);
  const sheet = buildFactSheet(await loadFactSheetData());
  const body = serializeFactSheet(sheet, options.format);
  if (options.out) {
    await writeFile(options.out, body);
    console.error(`Wrote ${options.format} fact sheet to ${options.out}: ${sheet.sources.length} sources, ${sheet.claims.length} claims, ${sheet.discrepancies.length} discrepancies.`);
  } else process.stdout.write(body);
}

main()
  .then(() => disconnectPrisma())
  .catch(async (error) => {
    const message = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join(".") || "option"}: ${i.message}`).join("; ") : error instanceof Error ? error.message : String(error);
    console.error(`factsheet failed: ${message}`);
    await disconnectPrisma();
    process.exit(1);
  });
