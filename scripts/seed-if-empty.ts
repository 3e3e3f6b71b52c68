// First run of `npm start`: ingests seeds/ when the database holds no source yet. Later runs only
// finish a comparison that an interrupted batch ingest left pending.
import { spawnSync } from "node:child_process";
import { countSources } from "../lib/db/sources";
import { recomputeStaleStories } from "../lib/use-cases/story-edits";
import { disconnectPrisma } from "../lib/db/client";

const count = await countSources();
if (count > 0) {
  if (await recomputeStaleStories()) console.log("Finished a pending comparison of the stored sources.");
  console.log(`Database holds ${count} source(s); seeds/ not ingested again.`);
  await disconnectPrisma();
} else {
  await disconnectPrisma();
  const result = spawnSync("npx", ["tsx", "scripts/ingest.ts", "seeds"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
