import { z } from "zod";

/** Articles larger than this are refused (413 from the API): no news article comes near it. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_UPLOAD_TYPES = [".txt", ".md", ".html", ".htm"] as const;

const optionalField = (schema: z.ZodString) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Metadata a person may give with an article; it wins over what is detected in the text. */
export const ZArticleMetaInput = z.object({
  outlet: optionalField(z.string().trim().max(200, "Outlet: at most 200 characters")),
  title: optionalField(z.string().trim().max(500, "Title: at most 500 characters")),
  byline: optionalField(z.string().trim().max(300, "Byline: at most 300 characters")),
  published: optionalField(
    z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD").refine(isRealDate, "Not a real calendar date"),
  ),
  url: optionalField(
    z.string().trim().max(2000).url("Not a valid URL").refine((u) => /^https?:\/\//i.test(u), "Only http and https URLs"),
  ),
});
export type TArticleMetaInput = z.infer<typeof ZArticleMetaInput>;

/** A pasted article (JSON API or form): the text itself plus optional metadata. */
export const ZArticleTextInput = ZArticleMetaInput.extend({
  text: z.string({ error: "Paste the article text or upload a file" }).refine((t) => t.trim().length > 0, "The article text is empty"),
  format: z.enum(["text", "markdown", "html"]).default("text"),
  fileName: optionalField(z.string().trim().max(255)),
});
export type TArticleTextInput = z.infer<typeof ZArticleTextInput>;
