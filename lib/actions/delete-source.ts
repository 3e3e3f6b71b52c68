"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { removeArticle } from "@/lib/use-cases/story-edits";
import { hasWriteAccess } from "@/lib/auth/require-write-access";

const ZSourceId = z.string().regex(/^src_[0-9a-f]+$/);

/** Removes a source and its records, recomputes comparisons, and returns to the overview. */
export async function removeSource(formData: FormData): Promise<void> {
  const id = ZSourceId.safeParse(formData.get("sourceId"));
  if (!id.success || !(await hasWriteAccess())) redirect("/login");
  await removeArticle(id.data);
  revalidatePath("/", "layout");
  redirect("/?removed=1");
}
