import type { Client, Config, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from "@libsql/client";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { isSqliteBusyError } from "./retry-busy";

/**
 * How long a connection waits for another process's lock before SQLITE_BUSY. In WAL mode readers never
 * wait; a writer waits while another process (the command line, a second server) holds the write lock.
 * libsql waits synchronously, stopping the process's event loop, so the wait is short and longer ones are
 * left to the asynchronous back-off of lib/db/retry-busy.ts around write transactions.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 1_000;

/**
 * Settings for a SQLite file that several processes open at once. WAL lets readers and one writer work
 * together (readers keep their snapshot, the writer's commit waits for nobody); it is stored in the file,
 * so setting it once suffices, but every connection sets it in case the file was made elsewhere. The busy
 * timeout belongs to each connection.
 */
const CONNECTION_PRAGMAS = [`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`, "PRAGMA journal_mode = WAL"];

/**
 * A @libsql/client for a local file whose every connection carries the pragmas above. The client keeps
 * one connection, hands it to each transaction and lazily opens a new one for what follows, so the
 * pragmas are applied again after every transaction() (libsql-client-ts#288). It also drops a connection
 * on which a statement failed busy: that statement stays in progress and would make the next transaction's
 * COMMIT fail (libsql-client-ts#352).
 */
class SharedFileClient implements Client {
  readonly #inner: Client;
  #isConfigured = false;

  constructor(inner: Client) {
    this.#inner = inner;
  }

  get closed(): boolean {
    return this.#inner.closed;
  }

  get protocol(): string {
    return this.#inner.protocol;
  }

  async #configure(): Promise<void> {
    if (this.#isConfigured) return;
    await this.#inner.execute(CONNECTION_PRAGMAS[0]);
    // Switching to WAL needs a moment alone with the file; if another process holds it, a later connection retries.
    await this.#inner.execute(CONNECTION_PRAGMAS[1]).catch((error: unknown) => {
      if (!isSqliteBusyError(error)) throw error;
    });
    this.#isConfigured = true;
  }

  async #onConnection<T>(run: () => Promise<T>): Promise<T> {
    await this.#configure();
    try {
      return await run();
    } catch (error) {
      if (isSqliteBusyError(error)) {
        await this.#inner.reconnect();
        this.#isConfigured = false;
      }
      throw error;
    }
  }

  execute(stmt: InStatement): Promise<ResultSet>;
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  execute(stmtOrSql: InStatement, args?: InArgs): Promise<ResultSet> {
    return this.#onConnection(() => (typeof stmtOrSql === "string" ? this.#inner.execute(stmtOrSql, args) : this.#inner.execute(stmtOrSql)));
  }

  batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode): Promise<ResultSet[]> {
    return this.#onConnection(() => this.#inner.batch(stmts, mode));
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.#onConnection(() => this.#inner.migrate(stmts));
  }

  executeMultiple(sql: string): Promise<void> {
    return this.#onConnection(() => this.#inner.executeMultiple(sql));
  }

  async transaction(mode?: TransactionMode): Promise<Transaction> {
    const transaction = await this.#onConnection(() => this.#inner.transaction(mode));
    // The transaction took the configured connection; the next statement opens a bare one.
    this.#isConfigured = false;
    return new SharedFileTransaction(transaction);
  }

  sync() {
    return this.#inner.sync();
  }

  close(): void {
    this.#inner.close();
  }

  async reconnect(): Promise<void> {
    await this.#inner.reconnect();
    this.#isConfigured = false;
  }
}

/**
 * A transaction whose failed COMMIT is rolled back. Prisma counts a transaction as finished once it asked
 * for the commit, so without this an open BEGIN would keep the file's write lock until the process ends
 * (prisma/orm#30028).
 */
class SharedFileTransaction implements Transaction {
  readonly #inner: Transaction;

  constructor(inner: Transaction) {
    this.#inner = inner;
  }

  get closed(): boolean {
    return this.#inner.closed;
  }

  execute(stmt: InStatement): Promise<ResultSet> {
    return this.#inner.execute(stmt);
  }

  batch(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.#inner.batch(stmts);
  }

  executeMultiple(sql: string): Promise<void> {
    return this.#inner.executeMultiple(sql);
  }

  async commit(): Promise<void> {
    try {
      await this.#inner.commit();
    } catch (error) {
      await this.#inner.rollback().catch(() => undefined);
      throw error;
    }
  }

  rollback(): Promise<void> {
    return this.#inner.rollback();
  }

  close(): void {
    this.#inner.close();
  }
}

class PrismaLibSqlSharedFile extends PrismaLibSql {
  override createClient(config: Config): Client {
    return new SharedFileClient(super.createClient(config));
  }
}

/** Prisma's libsql adapter for a SQLite file that the command line and any number of servers share. */
export function createSqliteAdapter(url: string): PrismaLibSql {
  return new PrismaLibSqlSharedFile({ url });
}
