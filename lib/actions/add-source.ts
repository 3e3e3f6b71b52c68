"use server";

import { revalidatePath } from "next/cache";
import { submitArticle } from "@/lib/articles/submit-article";
import { describeSubmissionError } from "@/lib/articles/submission-errors";
import { hasWriteAccess } from "@/lib/auth/require-write-access";
import { ZArticleMetaInput } from "@/lib/schemas/article-input";
import { ZStoryFormChoice } from "@/lib/schemas/story-edit";

export type TAddSourceState = {
  ok: boolean;
  message: string;
  fieldErrors: Record<string, string[]>;
  sourceId?: string;
  storyId?: string;
  /** What the person typed, so a failed submission loses nothing. */
  values: Record<string, string>;
};

const META_FIELDS = ["outlet", "title", "byline", "published", "url"] as const;

/** Stores a pasted or uploaded article in the story chosen (or the one it matches best); that story is recomputed. */
export async function addSource(_previous: TAddSourceState, formData: FormData): Promise<TAddSourceState> {
  const values = Object.fromEntries([...META_FIELDS, "text", "story", "storyTitle"].map((k) => [k, String(formData.get(k) ?? "")]));
  if (!(await hasWriteAccess())) return { ok: false, message: "Sign in (Admin sign-in) to add articles.", fieldErrors: {}, values };
  const file = formData.get("file");
  const hasFile = file instanceof File && file.size > 0;
  if (!hasFile && !values.text.trim()) {
    return { ok: false, message: "Paste the article text or choose a file.", fieldErrors: { text: ["Paste the article text or choose a file"] }, values };
  }
  const story = ZStoryFormChoice.safeParse({ story: values.story, storyTitle: values.storyTitle });
  if (!story.success) {
    const message = story.error.issues[0].message;
    return { ok: false, message, fieldErrors: { story: [message] }, values };
  }
  try {
    const meta = ZArticleMetaInput.parse(Object.fromEntries(META_FIELDS.map((k) => [k, values[k]])));
    const outcome = hasFile
      ? await submitArticle({ bytes: new Uint8Array(await (file as File).arrayBuffer()), fileName: (file as File).name, meta, story: story.data })
      : await submitArticle({ text: values.text, meta, story: story.data });
    revalidatePath("/", "layout");
    const message = outcome.created
      ? `Stored: ${outcome.counts.quotes} quotes, ${outcome.counts.claims} claims, ${outcome.counts.entities} entities. Comparisons were recomputed.`
      : "This article is already stored; nothing changed.";
    return { ok: true, message, fieldErrors: {}, sourceId: outcome.id, storyId: outcome.storyId, values: {} };
  } catch (error) {
    const described = describeSubmissionError(error);
    if (described.status === 500) console.error("addSource failed", error);
    return { ok: false, message: described.message, fieldErrors: described.fieldErrors, values };
  }
}
