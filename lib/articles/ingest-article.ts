import { createHash } from "node:crypto";
import type { TArticleAnalysis } from "../schemas/pipeline";
import { saveSourceWithComparison, type TFailureHook, type TSaveResult } from "../db/sources";
import type { TStoryChoice } from "../db/story-placement";
import { placementOf, STORY_WRITE_KIT } from "../use-cases/story-write-kit";
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
  /** The story the user chose (by id or title); without it the article joins the story it matches best. */
  story?: TStoryChoice;
  /** The link the article was fetched from, when it was added by URL. */
  fetchedFrom?: string | null;
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
  const contentHash = contentHashOf(rawText);
  const input = { contentHash, rawText, file, fetchedFrom: options.fetchedFrom ?? null, analysis, placement: placementOf(analysis, options.story ?? null, contentHash) };
  const saved = await saveSourceWithComparison(input, STORY_WRITE_KIT, failureHook, { deferComparison: options.deferComparison });
  return { ...saved, file, counts: { quotes: analysis.quotes.length, claims: analysis.claims.length, entities: analysis.entities.length } };
}
