// npm run db:migrate — applies prisma/migrations to DATABASE_URL (default: the embedded SQLite file).
import { applyMigrations } from "../lib/db/migrate";
import { resolveDatabaseTarget } from "../lib/db/database-url";

async function main() {
  const target = resolveDatabaseTarget();
  const applied = await applyMigrations(target.url);
  const where = target.provider === "sqlite" ? target.filePath : "PostgreSQL";
  console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `Database ${where} is up to date.`);
}

main().catch((error) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
