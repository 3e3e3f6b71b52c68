import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffSchemaToSql } from "../../lib/db/migrate";
import { schemaFilesFor } from "../../lib/db/schema-files";

type TShape = { columns: string[]; indexes: string[] };

const migrationNames = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const isStatement = (line: string) => line.trim() !== "" && !line.trim().startsWith("--");

async function migratedSqlite(): Promise<string> {
  const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "claims-mig-")), "m.db")}`;
  await applyMigrations(url);
  return url;
}

async function sqliteShape(url: string): Promise<TShape> {
  const db = createClient({ url });
  try {
    const tables = (await db.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'`)).rows.map((r) => String(r.name));
    const columns: string[] = [];
    for (const table of tables) {
      for (const c of (await db.execute(`SELECT name FROM pragma_table_info('${table}')`)).rows) columns.push(`${table}.${String(c.name)}`);
    }
    const indexes = (await db.execute(`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'`)).rows.map((r) => String(r.name));
    return { columns: columns.sort(), indexes: indexes.sort() };
  } finally {
    db.close();
  }
}

async function postgresShape(url: string): Promise<TShape> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\\_prisma%'`);
    // Primary keys are implicit indexes on SQLite and named "<Table>_pkey" on PostgreSQL: compare the others.
    const indexes = await client.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%\\_pkey' AND tablename NOT LIKE '\\_prisma%'`);
    return {
      columns: columns.rows.map((r) => `${r.table_name}.${r.column_name}`).sort(),
      indexes: indexes.rows.map((r) => String(r.indexname)).sort(),
    };
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("SQLite's migrations build exactly what prisma/schema.prisma describes", async () => {
    const url = await migratedSqlite();
    expect((await diffSchemaToSql({ tag: "database" }, url)).split("\n").filter(isStatement)).toEqual([]);
  });

  it("notices a database that drifted from the schema", async () => {
    const url = await migratedSqlite();
    const db = createClient({ url });
    await db.execute(`DROP INDEX "Claim_sourceId_idx"`);
    db.close();
    expect(await diffSchemaToSql({ tag: "database" }, url)).toMatch(/CREATE INDEX "Claim_sourceId_idx"/);
  });

  it("PostgreSQL has the same migrations, one for one", () => {
    expect(migrationNames(schemaFilesFor("postgresql").migrationsDir)).toEqual(migrationNames(schemaFilesFor("sqlite").migrationsDir));
  });

  // The schema engine cannot read PostgreSQL's catalog through the driver adapter, so the PostgreSQL run
  // compares what the two sets of migrations build, table by table, column by column, index by index.
  it.runIf(process.env.TEST_POSTGRES_URL)("PostgreSQL's migrations build the same tables, columns and indexes as SQLite's", async () => {
    const { useThrowawayDatabase } = await import("./test-database");
    const postgres = await postgresShape(await useThrowawayDatabase());
    const sqlite = await sqliteShape(await migratedSqlite());
    expect(postgres.columns.length).toBeGreaterThan(50);
    expect(postgres).toEqual(sqlite);
  });
});
