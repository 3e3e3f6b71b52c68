// Generates the Prisma clients (SQLite and PostgreSQL) without Prisma's native schema engine,
// which cannot be downloaded here: generation only needs the WASM parser that ships in npm.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { schemaFilesFor } from "../lib/db/schema-files";

const pg = schemaFilesFor("postgresql");
mkdirSync(path.dirname(pg.schemaPath), { recursive: true });
writeFileSync(pg.schemaPath, pg.content);

for (const schema of [schemaFilesFor("sqlite").schemaPath, pg.schemaPath]) {
  const result = spawnSync("npx", ["prisma", "generate", "--schema", schema], {
    stdio: "inherit",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/true", CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
