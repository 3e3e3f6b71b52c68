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
 * A @libsql/client for a local file whose every connection carries the pragmas above. Transactions run on
 * the client's one connection (libsql's own would open a new one after each, libsql-client-ts#288). It drops
 * a connection on which a statement failed busy: that statement stays in progress and would make the next
 * transaction's COMMIT fail (libsql-client-ts#352); the next statement opens a new one with the pragmas.
 */
class SharedFileClient implements Client {
  readonly #inner: Client;
  #isConfigured = false;
  #connection = 0;

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
      if (isSqliteBusyError(error)) await this.reconnect();
      throw error;
    }
  }

  /** Counts the connections this client has dropped; a transaction ends with the connection it began on. */
  get connection(): number {
    return this.#connection;
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

  /**
   * Begins a transaction on the client's configured connection, which it keeps afterwards. libsql's own
   * transaction() hands its connection to the transaction and opens a new one for the next statement, whose
   * pragmas and schema read cost more than a small commit's statements. Nothing else runs on the client
   * meanwhile: Prisma's adapter holds its lock from the start of a transaction to its end.
   */
  async transaction(mode: TransactionMode = "write"): Promise<Transaction> {
    await this.execute(BEGIN[mode]);
    return new SharedFileTransaction(this, this.#connection);
  }

  sync() {
    return this.#inner.sync();
  }

  close(): void {
    this.#inner.close();
  }

  async reconnect(): Promise<void> {
    // closing the connection also rolls back a transaction left open on it
    await this.#inner.reconnect();
    this.#isConfigured = false;
    this.#connection++;
  }
}

/** Errors that fail one statement and leave its transaction open: a constraint, a mistake in the SQL. */
const STATEMENT_ONLY_ERRORS = new Set([1, 18, 19, 20, 25]); // SQLITE_ERROR, _TOOBIG, _CONSTRAINT, _MISMATCH, _RANGE

function keepsTransaction(error: unknown): boolean {
  const raw = (error as { rawCode?: unknown } | null)?.rawCode;
  return typeof raw === "number" && STATEMENT_ONLY_ERRORS.has(raw & 0xff);
}

const BEGIN: Record<TransactionMode, string> = { write: "BEGIN IMMEDIATE", read: "BEGIN TRANSACTION READONLY", deferred: "BEGIN DEFERRED" };

/**
 * A transaction on the client's connection. A failed COMMIT is rolled back: Prisma counts a transaction as
 * finished once it asked for the commit, so without this an open BEGIN would keep the file's write lock until
 * the process ends (prisma/orm#30028). A statement that failed busy made the client drop the connection, and
 * the transaction with it.
 */
class SharedFileTransaction implements Transaction {
  readonly #client: SharedFileClient;
  readonly #connection: number;
  #isOpen = true;

  constructor(client: SharedFileClient, connection: number) {
    this.#client = client;
    this.#connection = connection;
  }

  get closed(): boolean {
    return !this.#isOpen || this.#client.connection !== this.#connection;
  }

  async execute(stmt: InStatement): Promise<ResultSet> {
    if (this.closed) throw new Error("The transaction is closed");
    try {
      return await this.#client.execute(stmt);
    } catch (error) {
      // SQLite may have rolled the whole transaction back: end it with its connection, so that no later
      // statement runs outside it
      if (!this.closed && !keepsTransaction(error)) await this.#client.reconnect();
      throw error;
    }
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = [];
    for (const stmt of stmts) results.push(await this.execute(stmt));
    return results;
  }

  async executeMultiple(sql: string): Promise<void> {
    if (this.closed) throw new Error("The transaction is closed");
    return this.#client.executeMultiple(sql);
  }

  async commit(): Promise<void> {
    try {
      await this.execute("COMMIT");
      this.#isOpen = false;
    } catch (error) {
      await this.rollback().catch(() => undefined);
      throw error;
    }
  }

  async rollback(): Promise<void> {
    if (this.closed) return;
    this.#isOpen = false;
    await this.#client.execute("ROLLBACK");
  }

  close(): void {
    void this.rollback().catch(() => undefined);
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
