import { databaseProvider, getPrisma, type TTx } from "./client";
import { retryOnBusy, type TRetryOptions } from "./retry-busy";

export type TTransactionOptions = { timeout?: number; maxWait?: number };

/**
 * Runs `work` in one interactive transaction. On SQLite it runs again, from the start in a new
 * transaction, while it fails only because another process (the command line, a second server) held
 * the file's lock; on PostgreSQL it runs once, as before. `work` may run more than once, so it should
 * change nothing outside the transaction.
 */
export async function runWriteTransaction<T>(work: (tx: TTx) => Promise<T>, options: TTransactionOptions = {}, retry: TRetryOptions = {}): Promise<T> {
  const run = () => getPrisma().$transaction(work, options);
  return databaseProvider() === "sqlite" ? retryOnBusy(run, retry) : run();
}

/** The same for a single statement outside a transaction (e.g. one upsert). */
export async function runWrite<T>(work: () => Promise<T>, retry: TRetryOptions = {}): Promise<T> {
  return databaseProvider() === "sqlite" ? retryOnBusy(work, retry) : work();
}
