import { databaseProvider } from "./client";

/**
 * A raw statement written once for both databases: each `?` is a bound parameter, numbered `$1, $2…` for
 * PostgreSQL. Only for statements whose text is written here (no `?` inside a string literal); values are
 * always bound. Raw statements skip Prisma's query planning, which costs more than a small statement.
 */
export function portableSql(sql: string): string {
  if (databaseProvider() !== "postgresql") return sql;
  let position = 0;
  return sql.replace(/\?/g, () => `$${++position}`);
}
