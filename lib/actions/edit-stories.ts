"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { renameStory } from "@/lib/db/stories";
import { StoryChoiceError } from "@/lib/db/story-placement";
import { mergeStories, moveArticles } from "@/lib/use-cases/story-edits";
import { hasWriteAccess } from "@/lib/auth/require-write-access";
import { storyPath } from "@/lib/format/story-paths";
import { ZMergeStoryForm, ZMoveSourceForm, ZRenameStoryForm, ZStoryTitle } from "@/lib/schemas/story-edit";
import type { TStoryEditError } from "@/lib/schemas/search-params";

const fieldsOf = (formData: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, formData.get(n) ?? undefined]));

/** Back to the page the form was on, saying what was wrong (its forms read `error`). */
function refuse(path: string, error: TStoryEditError): never {
  redirect(`${path}?error=${error}#story-edits`);
}

/** Gives a story a new title. */
export async function renameStoryAction(formData: FormData): Promise<void> {
  if (!(await hasWriteAccess())) redirect("/login");
  const form = ZRenameStoryForm.safeParse(fieldsOf(formData, ["storyId", "title"]));
  if (!form.success) {
    const storyId = formData.get("storyId");
    return typeof storyId === "string" && form.error.issues.every((i) => i.path[0] === "title") ? refuse(storyPath(storyId), "title") : redirect("/");
  }
  if (!(await renameStory(form.data.storyId, form.data.title))) refuse("/", "gone");
  revalidatePath("/", "layout");
  redirect(storyPath(form.data.storyId));
}

/** Moves every article of a story into another, then shows the story that received them. */
export async function mergeStoryAction(formData: FormData): Promise<void> {
  if (!(await hasWriteAccess())) redirect("/login");
  const form = ZMergeStoryForm.safeParse(fieldsOf(formData, ["storyId", "intoStoryId"]));
  if (!form.success) {
    const storyId = ZMergeStoryForm.shape.storyId.safeParse(formData.get("storyId"));
    return storyId.success ? refuse(storyPath(storyId.data), "target") : redirect("/");
  }
  let into: string;
  try {
    into = await mergeStories(form.data.storyId, form.data.intoStoryId);
  } catch (error) {
    if (error instanceof StoryChoiceError) refuse(storyPath(form.data.storyId), "target");
    throw error;
  }
  revalidatePath("/", "layout");
  redirect(storyPath(into));
}

/** Moves one article to another story, or to a new story with the title given, then shows that story. */
export async function moveSourceAction(formData: FormData): Promise<void> {
  if (!(await hasWriteAccess())) redirect("/login");
  const form = ZMoveSourceForm.safeParse(fieldsOf(formData, ["sourceId", "target", "title"]));
  if (!form.success) {
    const sourceId = ZMoveSourceForm.shape.sourceId.safeParse(formData.get("sourceId"));
    return sourceId.success ? refuse(`/sources/${sourceId.data}`, "target") : redirect("/");
  }
  const { sourceId, target } = form.data;
  const title = ZStoryTitle.safeParse(form.data.title);
  if (target === "new" && !title.success) refuse(`/sources/${sourceId}`, "title");
  let storyId: string;
  try {
    storyId = await moveArticles([sourceId], target === "new" ? { newStoryTitle: title.data! } : { storyId: target });
  } catch (error) {
    if (error instanceof StoryChoiceError) refuse(`/sources/${sourceId}`, "target");
    throw error;
  }
  revalidatePath("/", "layout");
  redirect(storyPath(storyId));
}
