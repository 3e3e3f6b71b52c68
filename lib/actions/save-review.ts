"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZReviewInput } from "@/lib/schemas/review";
import { upsertReview } from "@/lib/db/reviews";
import { hasWriteAccess } from "@/lib/auth/require-write-access";

export type TSaveReviewState = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> };

/** Validates a reviewer's verdict, stores it, and refreshes every page that shows it. */
export async function saveReview(_previous: TSaveReviewState, formData: FormData): Promise<TSaveReviewState> {
  if (!(await hasWriteAccess())) return { ok: false, message: "Sign in (Admin sign-in) to save reviews." };
  const parsed = ZReviewInput.safeParse({
    targetType: formData.get("targetType"),
    targetId: formData.get("targetId"),
    status: formData.get("status"),
    note: formData.get("note") ?? "",
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    return { ok: false, message: "Choose a status (and keep the note short) before saving.", fieldErrors };
  }
  try {
    await upsertReview(parsed.data);
  } catch {
    return { ok: false, message: "The review could not be saved. Try again." };
  }
  for (const path of ["/", "/claims", "/discrepancies", "/factsheet"]) revalidatePath(path);
  revalidatePath("/entities/[id]", "page");
  revalidatePath("/sources/[id]", "page");
  return { ok: true, message: `Saved: ${parsed.data.status}` };
}
