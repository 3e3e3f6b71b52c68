import { mkdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The embedded default: a SQLite file in the ignored data/ folder, created on first run. */
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

const ZDatabaseUrl = z
  .string()
  .trim()
  .min(1)
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
    message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
  });

export type TDatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

/** Reads DATABASE_URL (or the default) and says which database it names. */
export function resolveDatabaseTarget(raw: string | undefined = process.env.DATABASE_URL): TDatabaseTarget {
  const url = ZDatabaseUrl.parse(raw && raw.trim() ? raw : DEFAULT_DATABASE_URL);
  if (!url.startsWith("file:")) return { provider: "postgresql", url };
  const filePath = path.resolve(/* turbopackIgnore: true */ process.cwd(), url.slice("file:".length));
  mkdirSync(path.dirname(filePath), { recursive: true });
  return { provider: "sqlite", url: `file:${filePath}`, filePath };
}
