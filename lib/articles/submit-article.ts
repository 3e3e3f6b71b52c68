import path from "node:path";
import { ARTICLE_UPLOAD_TYPES, MAX_ARTICLE_BYTES, type TArticleMetaInput } from "../schemas/article-input";
import { ArticleInputError, decodeArticleBytes } from "./read-article-file";
import { getAnalysisPool } from "./analysis-pool";
import { assertHtmlNestingWithin } from "./html-nesting";
import { storeAnalysedArticle, type TIngestOutcome } from "./ingest-article";
import type { TStoryChoice } from "../db/story-placement";
import { fetchPage } from "../web/fetch-page";
import { getFetchGate } from "./fetch-gate";

export class ArticleTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`The article is ${bytes} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes.`);
    this.name = "ArticleTooLargeError";
  }
}

export type TArticleSubmission = {
  /** Uploaded file bytes, pasted text, or a link to the page to fetch: exactly one of the three. */
  bytes?: Uint8Array;
  text?: string;
  link?: string;
  fileName?: string | null;
  format?: "text" | "markdown" | "html";
  meta: TArticleMetaInput;
  /** Who is submitting (see submissionClientOf), so that clients take turns in the analysis queue. */
  client?: string;
  /** The story the user chose; without it the article joins the story it matches best. */
  story?: TStoryChoice;
  /** Store without recomputing the story's comparison (a batch recomputes once at its end). */
  deferComparison?: boolean;
};

function formatOf(fileName: string | null | undefined, declared: TArticleSubmission["format"]): "text" | "markdown" | "html" {
  if (!fileName) return declared ?? "text";
  const ext = path.extname(fileName).toLowerCase();
  if (!ARTICLE_UPLOAD_TYPES.includes(ext as (typeof ARTICLE_UPLOAD_TYPES)[number])) {
    throw new ArticleInputError(fileName, `unsupported file type; expected ${ARTICLE_UPLOAD_TYPES.join(", ")}`);
  }
  return ext === ".html" || ext === ".htm" ? "html" : ext === ".md" ? "markdown" : "text";
}

/**
 * Validates, converts (HTML → text), attaches metadata and stores one article from the browser or
 * the API. The cheap checks run here; HTML reduction and the pipeline run in the analysis pool,
 * bounded in time and memory (ArticleLimitError) behind a fair queue (QueueFullError when full).
 */
export async function submitArticle(submission: TArticleSubmission): Promise<TIngestOutcome> {
  if (submission.link !== undefined && submission.bytes === undefined && submission.text === undefined) return submitArticleLink(submission, submission.link);
  const label = submission.fileName || "pasted text";
  const fileName = submission.fileName ?? null;
  const bytes = submission.bytes ?? new TextEncoder().encode(submission.text ?? "");
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleTooLargeError(bytes.length);
  const format = formatOf(submission.fileName, submission.format);
  const text = decodeArticleBytes(label, bytes);
  const pool = getAnalysisPool();
  const { maxHtmlDepth } = pool.limits;
  // Refused before it reaches a worker: absurd nesting costs a linear scan, not a DOM.
  if (format === "html") assertHtmlNestingWithin(label, text, maxHtmlDepth);
  const job = { kind: "submission", label, text, format, meta: submission.meta, fileName, maxHtmlDepth } as const;
  const { rawText, analysis } = await pool.run(job, submission.client ?? "anonymous");
  return storeAnalysedArticle(rawText, fileName, analysis, undefined, { story: submission.story ?? null });
}

/**
 * Fetches the page a link points to (refusing private addresses, non-HTML answers and pages over the
 * size limit: PageFetchError) and submits it as HTML found at its final address, so its metadata and
 * relative links are read against where the page really is.
 */
async function submitArticleLink(submission: TArticleSubmission, link: string): Promise<TIngestOutcome> {
  const page = await getFetchGate().run(submission.client ?? "anonymous", () => fetchPage(link, { accept: "html" }));
  const pool = getAnalysisPool();
  const { maxHtmlDepth } = pool.limits;
  assertHtmlNestingWithin(link, page.text, maxHtmlDepth);
  // The link itself is where to fetch, not a URL the person asserts: the page's canonical URL may name it better.
  const meta = { ...submission.meta, url: submission.meta.url === link ? undefined : submission.meta.url };
  const job = { kind: "submission", label: link, text: page.text, format: "html", meta, fileName: null, maxHtmlDepth, pageUrl: page.finalUrl } as const;
  const { rawText, analysis } = await pool.run(job, submission.client ?? "anonymous");
  // requestedUrl is written as the URL parser writes it (ASCII), as feed links are compared.
  return storeAnalysedArticle(rawText, null, analysis, undefined, { story: submission.story ?? null, deferComparison: submission.deferComparison, fetchedFrom: page.requestedUrl });
}

/**
 * Who is submitting, for fair queueing: the first address in X-Forwarded-For (Next's server sets
 * it when no proxy did), else X-Real-IP, else one shared key. Writes need ADMIN_TOKEN where it is set,
 * so this orders trusted clients rather than authenticating anyone.
 */
export function submissionClientOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "anonymous";
}
