"use server";

import { revalidatePath } from "next/cache";
import { submitArticle } from "@/lib/articles/submit-article";
import { describeSubmissionError } from "@/lib/articles/submission-errors";
import { hasWriteAccess } from "@/lib/auth/require-write-access";
import { ZArticleMetaInput } from "@/lib/schemas/article-input";

export type TAddSourceState = {
  ok: boolean;
  message: string;
  fieldErrors: Record<string, string[]>;
  sourceId?: string;
  /** What the person typed, so a failed submission loses nothing. */
  values: Record<string, string>;
};

const META_FIELDS = ["outlet", "title", "byline", "published", "url"] as const;

/** Stores a pasted or uploaded article; comparisons across all sources are recomputed. */
export async function addSource(_previous: TAddSourceState, formData: FormData): Promise<TAddSourceState> {
  const values = Object.fromEntries([...META_FIELDS, "text"].map((k) => [k, String(formData.get(k) ?? "")]));
  if (!(await hasWriteAccess())) return { ok: false, message: "Sign in (Admin sign-in) to add articles.", fieldErrors: {}, values };
  const file = formData.get("file");
  const hasFile = file instanceof File && file.size > 0;
  if (!hasFile && !values.text.trim()) {
    return { ok: false, message: "Paste the article text or choose a file.", fieldErrors: { text: ["Paste the article text or choose a file"] }, values };
  }
  try {
    const meta = ZArticleMetaInput.parse(Object.fromEntries(META_FIELDS.map((k) => [k, values[k]])));
    const outcome = hasFile
      ? await submitArticle({ bytes: new Uint8Array(await (file as File).arrayBuffer()), fileName: (file as File).name, meta })
      : await submitArticle({ text: values.text, meta });
    revalidatePath("/", "layout");
    const message = outcome.created
      ? `Stored: ${outcome.counts.quotes} quotes, ${outcome.counts.claims} claims, ${outcome.counts.entities} entities. Comparisons were recomputed.`
      : "This article is already stored; nothing changed.";
    return { ok: true, message, fieldErrors: {}, sourceId: outcome.id, values: {} };
  } catch (error) {
    const described = describeSubmissionError(error);
    if (described.status === 500) console.error("addSource failed", error);
    return { ok: false, message: described.message, fieldErrors: described.fieldErrors, values };
  }
}
