import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * prisma/schema.prisma is written for SQLite (the embedded default). The PostgreSQL variant is
 * derived from it, never edited by hand, so both databases always have the same models.
 */
const PROJECT_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export type TProvider = "sqlite" | "postgresql";

export type TSchemaFiles = { schemaPath: string; migrationsDir: string; content: string };

export function schemaFilesFor(provider: TProvider): TSchemaFiles {
  const sqlitePath = path.join(PROJECT_ROOT, "prisma/schema.prisma");
  const sqlite = readFileSync(sqlitePath, "utf8");
  if (provider === "sqlite") return { schemaPath: sqlitePath, migrationsDir: path.join(PROJECT_ROOT, "prisma/migrations"), content: sqlite };
  return {
    schemaPath: path.join(PROJECT_ROOT, "prisma/postgresql/schema.prisma"),
    migrationsDir: path.join(PROJECT_ROOT, "prisma/postgresql/migrations"),
    content: derivePostgresSchema(sqlite),
  };
}

export function derivePostgresSchema(sqliteSchema: string): string {
  const derived = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)=\s*"\.\.\/lib\/db\/generated"/, 'output$1= "../../lib/db/generated-pg"');
  if (derived === sqliteSchema) throw new Error("prisma/schema.prisma no longer has the provider/output lines the PostgreSQL variant derives from");
  return `// GENERATED from prisma/schema.prisma by scripts/generate-client.ts; do not edit.\n${derived}`;
}
