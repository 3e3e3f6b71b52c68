import { z } from "zod";

export const REVIEW_STATUSES = ["confirmed", "dismissed", "needs-check"] as const;
export const ZReviewStatus = z.enum(REVIEW_STATUSES);
export type TReviewStatus = z.infer<typeof ZReviewStatus>;

/** What the fact sheet and the filters show: a verdict, or "unreviewed" when nobody has looked yet. */
export const ZReviewState = z.enum([...REVIEW_STATUSES, "unreviewed"]);
export type TReviewState = z.infer<typeof ZReviewState>;

export const ZReviewTargetType = z.enum(["discrepancy", "claimGroup"]);
export type TReviewTargetType = z.infer<typeof ZReviewTargetType>;

export const ZReviewInput = z.object({
  targetType: ZReviewTargetType,
  targetId: z.string().trim().min(1).max(64).regex(/^[a-z]+_[0-9a-f]+$/, "not a valid id"),
  status: ZReviewStatus,
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters").default(""),
});
export type TReviewInput = z.infer<typeof ZReviewInput>;
