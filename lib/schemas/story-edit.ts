import { z } from "zod";
import { STORY_ID_RE } from "./story-choice";
import type { TStoryChoice } from "../db/story-placement";

export const ZStoryId = z.string().regex(STORY_ID_RE, "not a story id");
export const ZSourceId = z.string().regex(/^src_[0-9a-f]+$/, "not a source id");

/** A story title a person typed: one line, not empty. */
export const ZStoryTitle = z
  .string()
  .trim()
  .min(1, "Give the story a title")
  .max(200, "At most 200 characters")
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "One line, no control characters");

/** The rename form: which story, and its new title. */
export const ZRenameStoryForm = z.object({ storyId: ZStoryId, title: ZStoryTitle });

/** The merge form: the story whose articles move, and the story that receives them. */
export const ZMergeStoryForm = z.object({ storyId: ZStoryId, intoStoryId: ZStoryId });

/** The move form on a source page: an existing story's id, or "new" with the new story's title. */
export const ZMoveSourceForm = z.object({ sourceId: ZSourceId, target: z.union([ZStoryId, z.literal("new")]), title: z.string().max(1000).default("") });

/**
 * The story field of the add-article form: "" for the best match, a story id, or "new" with a title
 * (an existing story of exactly that title is joined rather than a second one started).
 */
export const ZStoryFormChoice = z
  .object({ story: z.union([z.literal(""), z.literal("new"), ZStoryId], { error: "Choose a story from the list" }), storyTitle: z.string().max(1000).default("") })
  .transform((form, ctx): TStoryChoice => {
    if (form.story === "") return null;
    if (form.story !== "new") return { storyId: form.story };
    const title = ZStoryTitle.safeParse(form.storyTitle);
    if (title.success) return { storyTitle: title.data };
    ctx.addIssue({ code: "custom", message: `New story: ${title.error.issues[0].message.toLowerCase()}`, path: ["storyTitle"] });
    return z.NEVER;
  });
