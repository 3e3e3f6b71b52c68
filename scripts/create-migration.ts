// npx tsx scripts/create-migration.ts <name> [--from-rev REV]
// Writes <migrations>/<timestamp>_<name>/migration.sql: the SQL from the schema as committed at REV
// (default HEAD; nothing when no migration exists yet) to prisma/schema.prisma, for the database
// kind DATABASE_URL names (SQLite by default; a scratch PostgreSQL URL for its migrations).
// Offline: Prisma's WASM schema engine, no native engine download.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { diffSchemaToSql, migrationsDirFor } from "../lib/db/migrate";
import { resolveDatabaseTarget } from "../lib/db/database-url";
import { derivePostgresSchema } from "../lib/db/schema-files";

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { "from-rev": { type: "string", default: "HEAD" } } });
  const name = z.string().regex(/^[a-z0-9_]+$/, "migration name: lower-case letters, digits and _").parse(positionals[0]);
  const scratch = process.env.DATABASE_URL?.startsWith("postgres")
    ? process.env.DATABASE_URL
    : `file:${path.join(mkdtempSync(path.join(tmpdir(), "mig-")), "scratch.db")}`;
  const provider = resolveDatabaseTarget(scratch).provider;
  const migrationsDir = migrationsDirFor(scratch);
  const hasHistory = existsSync(migrationsDir) && readdirSync(migrationsDir).some((d) => /^\d+_/.test(d));
  let from: Parameters<typeof diffSchemaToSql>[0] = { tag: "empty" };
  if (hasHistory) {
    const committed = execFileSync("git", ["show", `${values["from-rev"]}:prisma/schema.prisma`], { encoding: "utf8" });
    from = { tag: "schema", content: provider === "postgresql" ? derivePostgresSchema(committed) : committed };
  }
  const sql = await diffSchemaToSql(from, scratch);
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("The schema matches: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, `provider = "${provider}"\n`);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
