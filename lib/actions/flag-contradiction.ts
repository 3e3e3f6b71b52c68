"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZManualDiscrepancyInput } from "@/lib/schemas/manual-discrepancy";
import { createManualDiscrepancy, ManualDiscrepancyError } from "@/lib/db/manual-discrepancies";
import { hasWriteAccess } from "@/lib/auth/require-write-access";

export type TFlagState = { ok: boolean; message: string; discrepancyId?: string };

/** Records a contradiction a reviewer found between selected claims. */
export async function flagContradiction(_previous: TFlagState, formData: FormData): Promise<TFlagState> {
  if (!(await hasWriteAccess())) return { ok: false, message: "Sign in (Admin sign-in) to flag contradictions." };
  const parsed = ZManualDiscrepancyInput.safeParse({
    claimIds: formData.getAll("claimId"),
    kind: formData.get("kind") ?? undefined,
    status: formData.get("status") ?? undefined,
    note: formData.get("note") ?? "",
  });
  if (!parsed.success) return { ok: false, message: z.flattenError(parsed.error).fieldErrors.claimIds?.[0] ?? parsed.error.issues[0].message };
  try {
    const id = await createManualDiscrepancy(parsed.data);
    revalidatePath("/", "layout");
    return { ok: true, message: "Flagged. It now appears among the discrepancies and in the fact sheet.", discrepancyId: id };
  } catch (error) {
    if (error instanceof ManualDiscrepancyError) return { ok: false, message: error.message };
    console.error("flagContradiction failed", error);
    return { ok: false, message: "The flag could not be saved; nothing was changed." };
  }
}
