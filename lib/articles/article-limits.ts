import { availableParallelism } from "node:os";
import { z } from "zod";
import { ArticleInputError } from "./read-article-file";

/** What bounds one article's analysis and the ingest queue; every figure can be set through the environment. */
export type TAnalysisLimits = {
  /** Wall time one article may spend in the worker (HTML reduction and analysis together). */
  timeLimitMs: number;
  /** V8 old-generation heap of a worker; an article that needs more ends the worker. */
  memoryLimitMb: number;
  /** Element nesting an HTML upload may reach before it is refused without being parsed. */
  maxHtmlDepth: number;
  /** Workers in the pool. */
  workers: number;
  /** Articles waiting for a worker, over all clients, before new ones are answered 503. */
  queueLimit: number;
  /** Articles one client may have waiting. */
  queuePerClient: number;
};

/** Real pages nest a few dozen levels; Readability's time grows quickly with depth (seconds at a few hundred). */
export const DEFAULT_MAX_HTML_DEPTH = 256;

/** One core stays with the server thread; more than four workers would only queue on the database. */
const defaultWorkers = () => Math.min(4, Math.max(1, availableParallelism() - 1));

const positiveInt = (fallback: () => number) => z.coerce.number().int().positive().optional().transform((v) => v ?? fallback());

const ZLimitsEnv = z.object({
  ANALYSIS_TIME_LIMIT_MS: positiveInt(() => 30_000),
  ANALYSIS_MEMORY_LIMIT_MB: positiveInt(() => 512),
  ANALYSIS_MAX_HTML_DEPTH: positiveInt(() => DEFAULT_MAX_HTML_DEPTH),
  ANALYSIS_WORKERS: positiveInt(defaultWorkers),
  ANALYSIS_QUEUE_LIMIT: positiveInt(() => 32),
  ANALYSIS_QUEUE_PER_CLIENT: positiveInt(() => 8),
});

/** The limits from the environment (an empty variable means the default); a malformed value stops with its name. */
export function analysisLimitsFromEnv(env: Record<string, string | undefined> = process.env): TAnalysisLimits {
  const present = Object.fromEntries(Object.keys(ZLimitsEnv.shape).map((k) => [k, env[k]?.trim() || undefined]));
  const parsed = ZLimitsEnv.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue?.path[0])} must be a positive whole number (${issue?.message})`);
  }
  const e = parsed.data;
  return {
    timeLimitMs: e.ANALYSIS_TIME_LIMIT_MS,
    memoryLimitMb: e.ANALYSIS_MEMORY_LIMIT_MB,
    maxHtmlDepth: e.ANALYSIS_MAX_HTML_DEPTH,
    workers: e.ANALYSIS_WORKERS,
    queueLimit: e.ANALYSIS_QUEUE_LIMIT,
    queuePerClient: e.ANALYSIS_QUEUE_PER_CLIENT,
  };
}

export type TLimitKind = "time" | "memory" | "nesting";

/**
 * An article that is valid but exceeds what one article may cost. It is an input problem (the same
 * article fails again), so it names the limit and the variable that sets it; the API answers 422.
 */
export class ArticleLimitError extends ArticleInputError {
  constructor(file: string, readonly limit: TLimitKind, reason: string) {
    super(file, reason);
    this.name = "ArticleLimitError";
  }

  static time(file: string, limitMs: number): ArticleLimitError {
    return new ArticleLimitError(file, "time", `analysing the article took longer than the time limit of ${limitMs} ms (ANALYSIS_TIME_LIMIT_MS); nothing was stored`);
  }

  static memory(file: string, limitMb: number): ArticleLimitError {
    return new ArticleLimitError(file, "memory", `analysing the article needed more than the memory limit of ${limitMb} MB (ANALYSIS_MEMORY_LIMIT_MB); nothing was stored`);
  }

  static nesting(file: string, limit: number): ArticleLimitError {
    return new ArticleLimitError(file, "nesting", `the HTML nests elements more than the limit of ${limit} levels deep (ANALYSIS_MAX_HTML_DEPTH); nothing was stored`);
  }
}
