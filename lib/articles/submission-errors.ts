import { z } from "zod";
import { ArticleInputError } from "./read-article-file";
import { ArticleTooLargeError } from "./submit-article";

export type TSubmissionError = { status: 400 | 413 | 500; message: string; fieldErrors: Record<string, string[]> };

/** Turns what submitting an article can throw into a status, a message and per-field errors. */
export function describeSubmissionError(error: unknown): TSubmissionError {
  if (error instanceof z.ZodError) {
    const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
    return { status: 400, message: "Some fields are not valid.", fieldErrors };
  }
  if (error instanceof ArticleTooLargeError) return { status: 413, message: error.message, fieldErrors: { text: [error.message] } };
  if (error instanceof ArticleInputError) return { status: 400, message: error.message, fieldErrors: { text: [error.message] } };
  return { status: 500, message: "The article could not be stored; nothing was changed.", fieldErrors: {} };
}
