import type { MessagePort } from "node:worker_threads";
import { analyzeArticle } from "../analysis";
import type { TArticleAnalysis } from "../schemas/pipeline";
import { describeJobFailure, type TAnalysisJob, type TAnalysisJobResult, type TFromWorker, type TToWorker } from "./analysis-protocol";
import { composeArticle } from "./compose-article";
import { htmlToArticleText } from "./html-to-text";
import { ArticleInputError } from "./read-article-file";

/** One article's work inside a worker: HTML reduction and metadata for a submission, then the pipeline. */
export function runAnalysisJob(job: TAnalysisJob): TAnalysisJobResult {
  const rawText = job.kind === "analyze" ? job.rawText : composeSubmission(job);
  let analysis: TArticleAnalysis;
  try {
    analysis = analyzeArticle(rawText, { fileName: job.fileName });
  } catch (error) {
    // The pipeline only throws on input it cannot read (e.g. malformed front matter).
    throw new ArticleInputError(job.label, error instanceof Error ? error.message : String(error));
  }
  if (!analysis.text.trim()) throw new ArticleInputError(job.label, "nothing is left once boilerplate is removed");
  return { rawText, analysis };
}

/**
 * What a person typed wins; then what the page states about itself (JSON-LD, then Open Graph and meta
 * tags); then Readability's title and byline; then, for a fetched page, the address it was found at.
 * Whatever is still empty is detected in the text by the pipeline.
 */
function composeSubmission(job: Extract<TAnalysisJob, { kind: "submission" }>): string {
  let text = job.text;
  const meta = { ...job.meta };
  if (job.format === "html") {
    const article = htmlToArticleText(text, job.pageUrl ?? meta.url, { label: job.label, maxDepth: job.maxHtmlDepth });
    if (!article.text.trim()) throw new ArticleInputError(job.label, "no article text could be found in the HTML");
    text = article.text;
    const { page } = article;
    meta.outlet ??= page.outlet ?? undefined;
    meta.title ??= page.title ?? article.title ?? undefined;
    meta.byline ??= page.byline ?? article.byline ?? undefined;
    meta.published ??= page.published ?? undefined;
    meta.url ??= page.url ?? job.pageUrl ?? undefined;
  }
  try {
    return composeArticle(text, meta);
  } catch (error) {
    throw new ArticleInputError(job.label, `the front matter could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Answers jobs posted to this worker, one at a time, after saying it is ready. */
export function serveAnalysisJobs(port: MessagePort): void {
  const send = (message: TFromWorker) => port.postMessage(message);
  port.on("message", ({ id, job }: TToWorker) => {
    try {
      send({ type: "done", id, result: runAnalysisJob(job) });
    } catch (error) {
      send({ type: "failed", id, failure: describeJobFailure(job.label, error) });
    }
  });
  send({ type: "ready" });
}
