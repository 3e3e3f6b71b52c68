// Ingests seeds/ when the database holds no source yet (first run of `npm start`).
import { spawnSync } from "node:child_process";
import { countSources } from "../lib/db/sources";
import { disconnectPrisma } from "../lib/db/client";

const count = await countSources();
await disconnectPrisma();
if (count > 0) {
  console.log(`Database holds ${count} source(s); seeds/ not ingested again.`);
} else {
  const result = spawnSync("npx", ["tsx", "scripts/ingest.ts", "seeds"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
