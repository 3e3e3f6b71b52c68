import path from "node:path";
import { ARTICLE_UPLOAD_TYPES, MAX_ARTICLE_BYTES, type TArticleMetaInput } from "../schemas/article-input";
import { ArticleInputError, decodeArticleBytes } from "./read-article-file";
import { composeArticle } from "./compose-article";
import { htmlToArticleText } from "./html-to-text";
import { ingestArticleText, type TIngestOutcome } from "./ingest-article";

export class ArticleTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`The article is ${bytes} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes.`);
    this.name = "ArticleTooLargeError";
  }
}

export type TArticleSubmission = {
  /** Uploaded file bytes, or pasted text: exactly one of the two. */
  bytes?: Uint8Array;
  text?: string;
  fileName?: string | null;
  format?: "text" | "markdown" | "html";
  meta: TArticleMetaInput;
};

function formatOf(fileName: string | null | undefined, declared: TArticleSubmission["format"]): "text" | "markdown" | "html" {
  if (!fileName) return declared ?? "text";
  const ext = path.extname(fileName).toLowerCase();
  if (!ARTICLE_UPLOAD_TYPES.includes(ext as (typeof ARTICLE_UPLOAD_TYPES)[number])) {
    throw new ArticleInputError(fileName, `unsupported file type; expected ${ARTICLE_UPLOAD_TYPES.join(", ")}`);
  }
  return ext === ".html" || ext === ".htm" ? "html" : ext === ".md" ? "markdown" : "text";
}

/** Validates, converts (HTML → text), attaches metadata and stores one article from the browser or the API. */
export async function submitArticle(submission: TArticleSubmission): Promise<TIngestOutcome> {
  const label = submission.fileName || "pasted text";
  const bytes = submission.bytes ?? new TextEncoder().encode(submission.text ?? "");
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleTooLargeError(bytes.length);
  const format = formatOf(submission.fileName, submission.format);
  let text = decodeArticleBytes(label, bytes);
  const meta = { ...submission.meta };
  if (format === "html") {
    const article = htmlToArticleText(text, meta.url);
    if (!article.text.trim()) throw new ArticleInputError(label, "no article text could be found in the HTML");
    text = article.text;
    meta.title ??= article.title ?? undefined;
    meta.byline ??= article.byline ?? undefined;
  }
  return ingestArticleText(composeArticle(text, meta), submission.fileName ?? null);
}
