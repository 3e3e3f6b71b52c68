import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine as TSchemaEngine, MigrationList } from "@prisma/schema-engine-wasm";
import { resolveDatabaseTarget } from "./database-url";
import { schemaFilesFor } from "./schema-files";
import { createSqliteAdapter } from "./sqlite-adapter";

/**
 * Applies prisma/migrations/* with Prisma's WASM schema engine through a driver adapter.
 * Prisma's CLI would download a native engine, which these machines cannot fetch; the WASM
 * engine ships in npm and records `_prisma_migrations` the same way, so `prisma migrate`
 * keeps working on the same folder wherever the native engine is available.
 */

const require = createRequire(import.meta.url);

type TEngineModule = typeof import("@prisma/schema-engine-wasm");

let engineModule: Promise<TEngineModule> | null = null;

/** Node 20 cannot import .wasm as ESM, so instantiate the engine's bytes by hand. */
function loadEngineModule(): Promise<TEngineModule> {
  engineModule ??= (async () => {
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings = (await import(bgPath)) as TEngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings as never });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

async function createAdapterFactory(url: string) {
  const target = resolveDatabaseTarget(url);
  // Migrating a file that a running server has open waits for its lock instead of failing; it also turns WAL on.
  if (target.provider === "sqlite") return createSqliteAdapter(target.url);
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaPg({ connectionString: target.url });
}

type TEngineContext = { engine: TSchemaEngine; schemaPath: string; schema: string; migrationsDir: string };

async function withEngine<T>(url: string, run: (context: TEngineContext) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const files = schemaFilesFor(resolveDatabaseTarget(url).provider);
  const factory = bindMigrationAwareSqlAdapterFactory(await createAdapterFactory(url));
  const engine = await SchemaEngine.new({ datamodels: [[files.schemaPath, files.content]] }, () => {}, factory);
  try {
    return await run({ engine, schemaPath: files.schemaPath, schema: files.content, migrationsDir: files.migrationsDir });
  } finally {
    engine.free();
  }
}

/** Where the migrations for the database at `url` live (SQLite and PostgreSQL each have their own). */
export function migrationsDirFor(url = process.env.DATABASE_URL ?? ""): string {
  return schemaFilesFor(resolveDatabaseTarget(url).provider).migrationsDir;
}

export async function readMigrationList(dir: string): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const content = await readFile(path.join(dir, name, "migration.sql"), "utf8")
          .then((sql) => ({ tag: "ok" as const, value: sql }))
          .catch((error: Error) => ({ tag: "error" as const, value: error.message }));
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  } as MigrationList;
}

/** Applies every migration not yet recorded in the database; returns the names applied. */
export async function applyMigrations(url = process.env.DATABASE_URL ?? ""): Promise<string[]> {
  return withEngine(url, async ({ engine, migrationsDir }) => {
    const migrationsList = await readMigrationList(migrationsDir);
    if (migrationsList.migrationDirectories.length === 0) throw new Error(`No migrations found in ${migrationsDir}`);
    const result = await engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } });
    return result.appliedMigrationNames;
  });
}

/**
 * SQL that takes a database to the current schema (for writing new migrations): from nothing, from
 * what the migrations folder builds (needs a shadow database; works on SQLite), or from an earlier
 * version of the schema file (works everywhere, e.g. the schema as committed at HEAD).
 */
export async function diffSchemaToSql(
  from: { tag: "empty" } | { tag: "migrations" } | { tag: "schema"; content: string } | { tag: "database" },
  url = process.env.DATABASE_URL ?? "",
): Promise<string> {
  return withEngine(url, async ({ engine, schemaPath, schema, migrationsDir }) => {
    const source =
      from.tag === "empty"
        ? { tag: "empty" as const }
        : from.tag === "database"
          ? { tag: "schemaDatasource" as const, files: [{ path: schemaPath, content: schema }], configDir: path.dirname(schemaPath) }
          : from.tag === "migrations"
          ? { tag: "migrations" as const, ...(await readMigrationList(migrationsDir)) }
          : { tag: "schemaDatamodel" as const, files: [{ path: schemaPath, content: from.content }] };
    const result = await engine.diff({
      from: source,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      shadowDatabaseUrl: null,
      filters: { externalTables: [], externalEnums: [] },
    } as never);
    return result.stdout ?? "";
  });
}
