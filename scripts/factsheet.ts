// npm run factsheet -- --format json|md|csv|claimreview|pdf [--out FILE] [--story ID|TITLE] [--confirmed] [--entity ID] [--outlet NAME|ID]
// Without --story the sheet carries every story (stories[]); comparisons never span two of them.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ZFactSheetFormat, ZFactSheetOptions } from "../lib/schemas/fact-sheet";
import { findStoryByRef, loadFactSheetData } from "../lib/db/fact-sheet-data";
import { buildFactSheet } from "../lib/export/build-fact-sheet";
import { filterFactSheet } from "../lib/export/filter-fact-sheet";
import { serializeFactSheet } from "../lib/export/serialize-fact-sheet";
import { disconnectPrisma } from "../lib/db/client";

const ZCli = z.object({ format: ZFactSheetFormat.default("json"), out: z.string().min(1).optional() });

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: "string" }, out: { type: "string" }, confirmed: { type: "boolean" },
      entity: { type: "string" }, outlet: { type: "string" }, story: { type: "string" },
    },
    strict: true,
  });
  const cli = ZCli.parse(values);
  const options = ZFactSheetOptions.parse({ onlyConfirmed: values.confirmed ?? false, entityId: values.entity, outlet: values.outlet, story: values.story });
  const story = options.story ? await findStoryByRef(options.story) : null;
  if (options.story && !story) throw new Error(`no story has the id or title "${options.story}"`);
  const sheet = filterFactSheet(buildFactSheet(await loadFactSheetData(story)), options);
  const body = await serializeFactSheet(sheet, cli.format);
  if (cli.out) {
    await writeFile(cli.out, body);
    console.error(`Wrote ${cli.format} fact sheet to ${cli.out}: ${story ? `story "${story.title}", ` : `${sheet.stories.length} stories, `}${sheet.sources.length} sources, ${sheet.claims.length} claims, ${sheet.discrepancies.length} discrepancies.`);
  } else if (typeof body !== "string" && process.stdout.isTTY) {
    throw new Error("a PDF is binary: give --out FILE (or redirect standard output)");
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
