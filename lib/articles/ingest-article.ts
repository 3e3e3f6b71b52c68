import { createHash } from "node:crypto";
import type { TArticleAnalysis } from "../schemas/pipeline";
import { saveSourceWithComparison, type TFailureHook, type TSaveResult } from "../db/sources";
import { getAnalysisPool } from "./analysis-pool";

export function contentHashOf(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n?/g, "\n").trim()).digest("hex");
}

export type TIngestOutcome = TSaveResult & { file: string | null; counts: { quotes: number; claims: number; entities: number } };

export type TIngestOptions = {
  /** Store the article without recomputing the comparison (a batch recomputes once at its end). */
  deferComparison?: boolean;
  /** Who asked, so that the analysis queue takes clients in turn. */
  client?: string;
};

/**
 * Runs the pipeline on one article's text in an analysis worker (bounded in time and memory) and
 * stores it with recomputed comparisons. Over a limit it throws ArticleLimitError and stores nothing.
 */
export async function ingestArticleText(rawText: string, file: string | null, failureHook?: TFailureHook, options: TIngestOptions = {}): Promise<TIngestOutcome> {
  const job = { kind: "analyze", label: file ?? "article", rawText, fileName: file } as const;
  const { analysis } = await getAnalysisPool().run(job, options.client);
  return storeAnalysedArticle(rawText, file, analysis, failureHook, options);
}

/** Stores an article the pipeline has analysed; comparisons of concurrent stores are recomputed together. */
export async function storeAnalysedArticle(
  rawText: string,
  file: string | null,
  analysis: TArticleAnalysis,
  failureHook?: TFailureHook,
  options: TIngestOptions = {},
): Promise<TIngestOutcome> {
  const saved = await saveSourceWithComparison({ contentHash: contentHashOf(rawText), rawText, file, analysis }, failureHook, { deferComparison: options.deferComparison });
  return { ...saved, file, counts: { quotes: analysis.quotes.length, claims: analysis.claims.length, entities: analysis.entities.length } };
}
