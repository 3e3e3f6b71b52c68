import { z } from "zod";
import { ArticleLimitError } from "./article-limits";
import { QueueFullError } from "./fair-queue";
import { ArticleInputError } from "./read-article-file";
import { ArticleTooLargeError } from "./submit-article";
import { StoryChoiceError } from "../db/story-placement";
import { PageFetchError } from "../web/fetch-page";

export type TSubmissionError = {
  status: 400 | 413 | 422 | 500 | 502 | 503 | 504;
  message: string;
  fieldErrors: Record<string, string[]>;
  /** With 503: when to try again (the Retry-After header). */
  retryAfterSeconds?: number;
};

/** Turns what submitting an article can throw into a status, a message and per-field errors. */
export function describeSubmissionError(error: unknown): TSubmissionError {
  if (error instanceof z.ZodError) {
    const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
    return { status: 400, message: "Some fields are not valid.", fieldErrors };
  }
  if (error instanceof QueueFullError) return { status: 503, message: error.message, fieldErrors: {}, retryAfterSeconds: error.retryAfterSeconds };
  // Valid, but over what one article may cost (time, memory, HTML nesting): checked before the generic input error.
  if (error instanceof ArticleLimitError) return { status: 422, message: error.message, fieldErrors: { text: [error.message] } };
  if (error instanceof ArticleTooLargeError) return { status: 413, message: error.message, fieldErrors: { text: [error.message] } };
  if (error instanceof PageFetchError) return { status: fetchFailureStatus(error), message: error.message, fieldErrors: { url: [error.message] } };
  if (error instanceof StoryChoiceError) return { status: 400, message: error.message, fieldErrors: { story: [error.message] } };
  if (error instanceof ArticleInputError) return { status: 400, message: error.message, fieldErrors: { text: [error.message] } };
  return { status: 500, message: "The article could not be stored; nothing was changed.", fieldErrors: {} };
}

/**
 * A link the app will not fetch is the request's fault (400); a page it fetched but cannot use, the
 * page's (422); a server that failed to answer, or answered with an error, is a bad gateway (502), and
 * one that answered too slowly a gateway timeout (504).
 */
function fetchFailureStatus(error: PageFetchError): TSubmissionError["status"] {
  switch (error.reason) {
    case "invalid-url":
    case "scheme":
    case "credentials":
    case "blocked-address":
      return 400;
    case "too-large":
    case "not-html":
    case "not-feed":
      return 422;
    case "timeout":
      return 504;
    default:
      return 502;
  }
}
