import { createHash } from "node:crypto";
import { analyzeArticle } from "../analysis";
import { saveSourceWithComparison, type TFailureHook, type TSaveResult } from "../db/sources";
import { ArticleInputError } from "./read-article-file";

export function contentHashOf(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n?/g, "\n").trim()).digest("hex");
}

export type TIngestOutcome = TSaveResult & { file: string | null; counts: { quotes: number; claims: number; entities: number } };

/** Runs the pipeline on one article's text and stores it with recomputed comparisons. */
export async function ingestArticleText(
  rawText: string,
  file: string | null,
  failureHook?: TFailureHook,
  options: { deferComparison?: boolean } = {},
): Promise<TIngestOutcome> {
  const label = file ?? "article";
  let analysis;
  try {
    analysis = analyzeArticle(rawText, { fileName: file });
  } catch (error) {
    // The pipeline only throws on input it cannot read (e.g. malformed front matter).
    throw new ArticleInputError(label, error instanceof Error ? error.message : String(error));
  }
  if (!analysis.text.trim()) throw new ArticleInputError(label, "nothing is left once boilerplate is removed");
  const saved = await saveSourceWithComparison({ contentHash: contentHashOf(rawText), rawText, file, analysis }, failureHook, options);
  return { ...saved, file, counts: { quotes: analysis.quotes.length, claims: analysis.claims.length, entities: analysis.entities.length } };
}
