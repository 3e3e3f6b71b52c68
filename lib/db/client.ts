import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaClient } from "./generated/client";
import { resolveDatabaseTarget } from "./database-url";

export type TPrisma = PrismaClient;
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function createClient(): PrismaClient {
  const target = resolveDatabaseTarget();
  if (target.provider !== "sqlite") {
    throw new Error("This build's Prisma client targets SQLite; see README (PostgreSQL) for a team server.");
  }
  return new PrismaClient({ adapter: new PrismaLibSql({ url: target.url }) });
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
