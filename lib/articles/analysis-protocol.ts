import type { TArticleMetaInput } from "../schemas/article-input";
import type { TArticleAnalysis } from "../schemas/pipeline";
import { ArticleLimitError, type TLimitKind } from "./article-limits";
import { ArticleInputError } from "./read-article-file";

/**
 * The work one article costs, as run inside an analysis worker: plain data in, plain data out,
 * so it crosses the thread boundary by structured clone. Kept apart from the pipeline so the
 * calling thread never loads it.
 */
export type TAnalysisJob =
  /** A file or text already composed with its front matter (CLI, seeds, tests). */
  | { kind: "analyze"; label: string; rawText: string; fileName: string | null }
  /**
   * A submission from the browser or the API: HTML is reduced to text first, then metadata composed in.
   * `pageUrl` is where a fetched page was found (after redirects): its relative links resolve against
   * it, and it is the article's URL when the page names no canonical one.
   */
  | {
      kind: "submission";
      label: string;
      text: string;
      format: "text" | "markdown" | "html";
      meta: TArticleMetaInput;
      fileName: string | null;
      maxHtmlDepth: number;
      pageUrl?: string | null;
    };

export type TAnalysisJobResult = { rawText: string; analysis: TArticleAnalysis };

/** What a failed job reports: an input problem is the article's fault (400, or 422 over a limit), anything else the server's. */
export type TJobFailure = { isInputError: boolean; limit: TLimitKind | null; label: string; message: string };

/** Messages between the pool and a worker: the worker says it is ready once, then answers each job by id. */
export type TToWorker = { id: number; job: TAnalysisJob };
export type TFromWorker = { type: "ready" } | { type: "done"; id: number; result: TAnalysisJobResult } | { type: "failed"; id: number; failure: TJobFailure };

/** Turns what a job threw into data that crosses the thread boundary. */
export function describeJobFailure(label: string, error: unknown): TJobFailure {
  if (error instanceof ArticleInputError) {
    const limit = error instanceof ArticleLimitError ? error.limit : null;
    return { isInputError: true, limit, label: error.file, message: error.message.slice(error.file.length + 2) };
  }
  const message = error instanceof Error ? error.message : String(error);
  // A stack overflow comes from the article's shape, not from a fault of the server.
  return { isInputError: error instanceof RangeError, limit: null, label, message };
}

/** The error a failure stands for, rebuilt on the calling thread. */
export function errorOfJobFailure(failure: TJobFailure): Error {
  if (failure.limit) return new ArticleLimitError(failure.label, failure.limit, failure.message);
  if (failure.isInputError) return new ArticleInputError(failure.label, failure.message);
  return new Error(`${failure.label}: the analysis failed: ${failure.message}`);
}
