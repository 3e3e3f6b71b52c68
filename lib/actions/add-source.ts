"use server";

import { revalidatePath } from "next/cache";
import { submitArticle } from "@/lib/articles/submit-article";
import { describeSubmissionError } from "@/lib/articles/submission-errors";
import { hasWriteAccess } from "@/lib/auth/require-write-access";
import { ZArticleMetaInput } from "@/lib/schemas/article-input";
import { ZMetaUrl } from "@/lib/schemas/article-meta";
import { PageFetchError } from "@/lib/web/fetch-page";
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

/**
 * Stores an article given as a link (the page is fetched), pasted text or an uploaded file, in the story
 * chosen (or the one it matches best); that story is recomputed.
 */
export async function addSource(_previous: TAddSourceState, formData: FormData): Promise<TAddSourceState> {
  const values = Object.fromEntries([...META_FIELDS, "link", "text", "story", "storyTitle"].map((k) => [k, String(formData.get(k) ?? "")]));
  if (!(await hasWriteAccess())) return { ok: false, message: "Sign in (Admin sign-in) to add articles.", fieldErrors: {}, values };
  const file = formData.get("file");
  const hasFile = file instanceof File && file.size > 0;
  const given = [values.link.trim() !== "", values.text.trim() !== "", hasFile].filter(Boolean).length;
  if (given === 0) {
    const message = "Give a link to the article, paste its text or choose a file.";
    return { ok: false, message, fieldErrors: { link: [message], text: [message] }, values };
  }
  if (given > 1) {
    const message = "Give one of the three: a link, pasted text or a file.";
    return { ok: false, message, fieldErrors: { link: [message], text: [message] }, values };
  }
  const link = ZMetaUrl.safeParse(values.link);
  if (!link.success) {
    const message = `Link: ${link.error.issues[0].message}`;
    return { ok: false, message, fieldErrors: { link: [message] }, values };
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
      : link.data
        ? await submitArticle({ link: link.data, meta, story: story.data })
        : await submitArticle({ text: values.text, meta, story: story.data });
    revalidatePath("/", "layout");
    const message = outcome.created
      ? `Stored: ${outcome.counts.quotes} quotes, ${outcome.counts.claims} claims, ${outcome.counts.entities} entities. Comparisons were recomputed.`
      : "This article is already stored; nothing changed.";
    return { ok: true, message, fieldErrors: {}, sourceId: outcome.id, storyId: outcome.storyId, values: {} };
  } catch (error) {
    const described = describeSubmissionError(error);
    if (described.status === 500) console.error("addSource failed", error);
    // A page that could not be fetched is about the link field, not the metadata URL.
    const fieldErrors = error instanceof PageFetchError ? { link: [described.message] } : described.fieldErrors;
    return { ok: false, message: described.message, fieldErrors, values };
  }
}
