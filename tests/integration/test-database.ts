import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Points DATABASE_URL at a new throwaway SQLite file and migrates it; call before importing lib/db. */
export async function useThrowawayDatabase(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "claims-it-")), "test.db");
  process.env.DATABASE_URL = `file:${file}`;
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
