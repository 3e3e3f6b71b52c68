// Gives the end-to-end tests a fresh database holding the seed articles.
import { rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { resolveDatabaseTarget } from "../lib/db/database-url";

const target = resolveDatabaseTarget();
if (target.provider !== "sqlite" || !target.filePath.includes(`${"/data/"}`)) {
  throw new Error(`e2e-prepare only resets a SQLite file under data/, not ${target.url}`);
}
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${target.filePath}${suffix}`, { force: true });
for (const args of [["tsx", "scripts/migrate.ts"], ["tsx", "scripts/ingest.ts", "seeds"]]) {
  const result = spawnSync("npx", args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
