import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PrismaClientPg } from "./generated-pg/client";
import { resolveDatabaseTarget } from "./database-url";
import { createSqliteAdapter } from "./sqlite-adapter";

export type TPrisma = PrismaClient;
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type TProvider = "sqlite" | "postgresql";

function createClient(): { prisma: PrismaClient; provider: TProvider } {
  const target = resolveDatabaseTarget();
  // A SQLite file may be shared with the command line and other servers: WAL, busy timeout (lib/db/sqlite-adapter.ts).
  if (target.provider === "sqlite") return { prisma: new PrismaClient({ adapter: createSqliteAdapter(target.url) }), provider: "sqlite" };
  // Both clients are generated from the same models (prisma/schema.prisma), so they share one API.
  const prisma = new PrismaClientPg({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as PrismaClient;
  return { prisma, provider: "postgresql" };
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; provider?: TProvider };

function connect(): { prisma: PrismaClient; provider: TProvider } {
  if (!globalForPrisma.prisma || !globalForPrisma.provider) Object.assign(globalForPrisma, createClient());
  return { prisma: globalForPrisma.prisma!, provider: globalForPrisma.provider! };
}

/** The one Prisma client of the process (kept on globalThis so dev reloads don't open new ones). */
export function getPrisma(): PrismaClient {
  return connect().prisma;
}

/** Which database the client talks to, for the few raw statements whose SQL differs (lib/db/bulk-insert.ts). */
export function databaseProvider(): TProvider {
  return connect().provider;
}

/** Closes the client, e.g. at the end of a CLI run or a test. */
export async function disconnectPrisma(): Promise<void> {
  if (!globalForPrisma.prisma) return;
  await globalForPrisma.prisma.$disconnect();
  globalForPrisma.prisma = undefined;
  globalForPrisma.provider = undefined;
}
