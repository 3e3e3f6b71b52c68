import { z } from "zod";
import type { TStoryChoice } from "../db/story-placement";

export const STORY_ID_RE = /^sty_[0-9a-z]+$/;

/**
 * What a user types to choose a story (CLI --story, the API's `story` field, the form): a story id
 * as the app prints them (sty_…), or a title (a new story is started when no story has it). Empty
 * means "wherever it matches best".
 */
export const ZStoryChoiceText = z
  .string()
  .trim()
  .max(200, "story: at most 200 characters")
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "story: no control characters")
  .optional()
  .transform((s): TStoryChoice => (!s ? null : STORY_ID_RE.test(s) ? { storyId: s } : { storyTitle: s }));
