import { z } from "zod";
import { ZArticleMetaFields } from "./article-meta";

/** Articles larger than this are refused (413 from the API): no news article comes near it. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_UPLOAD_TYPES = [".txt", ".md", ".html", ".htm"] as const;

const optionalField = (schema: z.ZodString) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

/**
 * Metadata a person may give with an article; it wins over what is detected in the text. The same
 * rules check front matter and detected values (lib/schemas/article-meta.ts).
 */
export const ZArticleMetaInput = ZArticleMetaFields;
export type TArticleMetaInput = z.infer<typeof ZArticleMetaInput>;

/** A pasted article (JSON API or form): the text itself plus optional metadata. */
export const ZArticleTextInput = ZArticleMetaInput.extend({
  text: z.string({ error: "Paste the article text or upload a file" }).refine((t) => t.trim().length > 0, "The article text is empty"),
  format: z.enum(["text", "markdown", "html"]).default("text"),
  fileName: optionalField(z.string().trim().max(255)),
});
export type TArticleTextInput = z.infer<typeof ZArticleTextInput>;
