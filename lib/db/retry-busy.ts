/**
 * Retries work that failed only because another process held a SQLite lock. The busy timeout already
 * waits for the write lock; what still surfaces is a wait longer than that timeout, or a transaction that
 * read first and then found another process had written since its snapshot (SQLITE_BUSY_SNAPSHOT, which
 * SQLite reports at once because waiting cannot help). Both succeed when the whole transaction runs again.
 */

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;

type TErrorLike = { code?: unknown; kind?: unknown; originalCode?: unknown; extendedCode?: unknown; rawCode?: unknown; cause?: unknown; meta?: unknown };

function hasBusyCode(node: TErrorLike): boolean {
  // @libsql/client's LibsqlError: code "SQLITE_BUSY", extendedCode "SQLITE_BUSY_SNAPSHOT", rawCode 517…
  if (typeof node.code === "string" && /^SQLITE_(BUSY|LOCKED)\b/.test(node.code)) return true;
  // Prisma's DriverAdapterError cause: SQLITE_BUSY becomes kind "SocketTimeout" (P1008 "Operation has
  // timed out") with the raw SQLite code as originalCode; SQLITE_LOCKED stays kind "sqlite" with extendedCode.
  const raw = node.kind === "SocketTimeout" || node.kind === "sqlite" ? (node.originalCode ?? node.extendedCode) : node.rawCode;
  const code = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof code !== "number") return false;
  const primary = code & 0xff;
  return primary === SQLITE_BUSY || primary === SQLITE_LOCKED;
}

/** Whether an error (as Prisma, the libsql adapter or @libsql/client throws it) is SQLite's busy or locked. */
export function isSqliteBusyError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const node = queue.shift();
    if (!node || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    const candidate = node as TErrorLike;
    if (hasBusyCode(candidate)) return true;
    queue.push(candidate.cause, (candidate.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError);
  }
  return false;
}

export type TRetryOptions = {
  /** Runs in all, the first included. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Which errors are worth another run; SQLite busy/locked by default. */
  isRetryable?: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
};

// About 5 s of pauses in all, on top of each run's own busy timeout (lib/db/sqlite-adapter.ts).
export const DEFAULT_RETRY = { attempts: 8, baseDelayMs: 50, maxDelayMs: 2_000 } as const;

/** Exponential back-off with jitter: about base·2^(n-1), never above max, so waiting processes spread out. */
export function backoffDelayMs(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work`, and again after a growing pause while it fails with a retryable error, at most `attempts` times. */
export async function retryOnBusy<T>(work: () => Promise<T>, options: TRetryOptions = {}): Promise<T> {
  const { attempts, baseDelayMs, maxDelayMs } = { ...DEFAULT_RETRY, ...options };
  const isRetryable = options.isRetryable ?? isSqliteBusyError;
  const sleep = options.sleep ?? sleepFor;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      const delayMs = backoffDelayMs(attempt, baseDelayMs, maxDelayMs, options.random);
      options.onRetry?.(error, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}
