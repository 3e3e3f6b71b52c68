import { databaseProvider, type TProvider, type TTx } from "./client";
import type { Prisma } from "./generated/client";

/**
 * Bind parameters per statement. SQLite (as bundled with libsql) allows 32,766 and PostgreSQL 65,535;
 * staying well under both keeps one statement's text and memory modest.
 */
const MAX_PARAMS_PER_STATEMENT = 20_000;
const MAX_ROWS_PER_STATEMENT = 1_000;

/** The tables written in bulk, each with every column of its rows (no database defaults are relied on). */
type TBulkTables = {
  Source: Required<Prisma.SourceCreateManyInput> & { createdAt: Date; comparedAt: Date | null };
  Block: Required<Prisma.BlockCreateManyInput>;
  Entity: Required<Prisma.EntityCreateManyInput>;
  EntityAlias: Required<Prisma.EntityAliasCreateManyInput>;
  QuoteCluster: Required<Prisma.QuoteClusterCreateManyInput>;
  ClaimGroup: Required<Prisma.ClaimGroupCreateManyInput>;
  Mention: Required<Prisma.MentionCreateManyInput>;
  Quote: Required<Prisma.QuoteCreateManyInput>;
  Claim: Required<Prisma.ClaimCreateManyInput>;
  Citation: Required<Prisma.CitationCreateManyInput>;
  Discrepancy: Required<Prisma.DiscrepancyCreateManyInput>;
  DiscrepancyItem: Required<Prisma.DiscrepancyItemCreateManyInput>;
};

/** Rows ready for one bulk table. */
export type TRows<T extends keyof TBulkTables> = TBulkTables[T][];

/** A Date is bound as Prisma binds it in its own writes (the adapter formats it for the database). */
type TValue = string | number | boolean | Date | null;

/**
 * Inserts rows with multi-row `INSERT … VALUES` statements, all parameters bound, inside the caller's
 * transaction. A recomputation writes about a hundred rows per article; Prisma's createMany spent most
 * of its time planning each batch, while one raw statement per thousand rows costs a few milliseconds.
 * Table and column names come from the schema's types, never from input; every value is a bound parameter.
 */
export async function insertRows<T extends keyof TBulkTables>(tx: TTx, table: T, rows: readonly TBulkTables[T][]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]) as Array<keyof TBulkTables[T] & string>;
  const provider = databaseProvider();
  const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMS_PER_STATEMENT / columns.length)));
  const head = `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(", ")}) VALUES `;
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const params: TValue[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((column) => {
        params.push(row[column] as TValue);
        return placeholder(provider, params.length);
      });
      return `(${marks.join(", ")})`;
    });
    await tx.$executeRawUnsafe(head + tuples.join(", "), ...params);
  }
}

function placeholder(provider: TProvider, position: number): string {
  return provider === "postgresql" ? `$${position}` : "?";
}

function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return `"${name}"`;
}
