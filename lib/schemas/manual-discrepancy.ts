import { z } from "zod";
import { ZReviewStatus } from "./review";

/** A reviewer's own flag: two or more claims that contradict each other where the app missed it. */
export const ZManualDiscrepancyInput = z.object({
  claimIds: z
    .array(z.string().regex(/^clm_[0-9a-f]+$/, "not a claim id"))
    .min(2, "Select at least two claims to compare")
    .max(12, "Select at most twelve claims")
    .refine((ids) => new Set(ids).size === ids.length, "Each claim once"),
  kind: z.enum(["conflict", "variant", "attribution"]).default("conflict"),
  status: ZReviewStatus.default("confirmed"),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters").default(""),
});
export type TManualDiscrepancyInput = z.infer<typeof ZManualDiscrepancyInput>;
