import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";

/**
 * Points DATABASE_URL at a new throwaway database and migrates it; call before importing lib/db.
 * SQLite by default; with TEST_POSTGRES_URL set (see scripts/with-postgres.sh), a new PostgreSQL database.
 */
export async function useThrowawayDatabase(): Promise<string> {
  const server = process.env.TEST_POSTGRES_URL;
  if (server) {
    const name = `claims_it_${randomBytes(6).toString("hex")}`;
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), "claims-it-")), "test.db")}`;
  }
  const { applyMigrations } = await import("../../lib/db/migrate");
  await applyMigrations(process.env.DATABASE_URL);
  return process.env.DATABASE_URL;
}

/** Row counts of every table, to prove that something did or did not change. */
export async function countAllRows(): Promise<Record<string, number>> {
  const { getPrisma } = await import("../../lib/db/client");
  const prisma = getPrisma();
  return {
    sources: await prisma.source.count(),
    blocks: await prisma.block.count(),
    entities: await prisma.entity.count(),
    aliases: await prisma.entityAlias.count(),
    mentions: await prisma.mention.count(),
    quotes: await prisma.quote.count(),
    claims: await prisma.claim.count(),
    groups: await prisma.claimGroup.count(),
    discrepancies: await prisma.discrepancy.count(),
    items: await prisma.discrepancyItem.count(),
    reviews: await prisma.review.count(),
  };
}
