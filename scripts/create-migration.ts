// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the database
// described by the existing migrations to prisma/schema.prisma (offline, WASM schema engine).
import { mkdirSync, writeFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { diffSchemaToSql, migrationsDirFor } from "../lib/db/migrate";
import { resolveDatabaseTarget } from "../lib/db/database-url";

async function main() {
  const name = z
    .string()
    .regex(/^[a-z0-9_]+$/, "migration name: lower-case letters, digits and _")
    .parse(process.argv[2]);
  // SQLite by default; set DATABASE_URL to a scratch PostgreSQL database to write its migration.
  const scratch = process.env.DATABASE_URL?.startsWith("postgres")
    ? process.env.DATABASE_URL
    : `file:${path.join(mkdtempSync(path.join(tmpdir(), "mig-")), "scratch.db")}`;
  const MIGRATIONS_DIR = migrationsDirFor(scratch);
  const hasHistory = existsSync(MIGRATIONS_DIR);
  const sql = await diffSchemaToSql(hasHistory ? "migrations" : "empty", scratch);
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("The schema matches the migrations: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, `provider = "${resolveDatabaseTarget(scratch).provider}"\n`);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
