import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PrismaClientPg } from "./generated-pg/client";
import { resolveDatabaseTarget } from "./database-url";

export type TPrisma = PrismaClient;
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function createClient(): PrismaClient {
  const target = resolveDatabaseTarget();
  if (target.provider === "sqlite") return new PrismaClient({ adapter: new PrismaLibSql({ url: target.url }) });
  // Both clients are generated from the same models (prisma/schema.prisma), so they share one API.
  return new PrismaClientPg({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as PrismaClient;
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the process (kept on globalThis so dev reloads don't open new ones). */
export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

/** Closes the client, e.g. at the end of a CLI run or a test. */
export async function disconnectPrisma(): Promise<void> {
  if (!globalForPrisma.prisma) return;
  await globalForPrisma.prisma.$disconnect();
  globalForPrisma.prisma = undefined;
}
