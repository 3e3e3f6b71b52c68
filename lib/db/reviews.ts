import type { TReviewInput, TReviewState, TReviewTargetType } from "../schemas/review";
import { getPrisma } from "./client";
import { runWrite } from "./write-transaction";

export type TReview = { status: TReviewState; note: string; updatedAt: Date | null };

const UNREVIEWED: TReview = { status: "unreviewed", note: "", updatedAt: null };

/** Saves (or replaces) a reviewer's verdict on one discrepancy or claim group. */
export async function upsertReview(input: TReviewInput): Promise<void> {
  const { targetType, targetId, status, note } = input;
  // A review may land while the command line is writing to the same SQLite file: wait and retry.
  await runWrite(() =>
    getPrisma().review.upsert({
      where: { targetType_targetId: { targetType, targetId } },
      create: { targetType, targetId, status, note },
      update: { status, note },
    }),
  );
}

/** Verdicts for the given targets; targets nobody reviewed come back as "unreviewed". */
export async function findReviews(targetType: TReviewTargetType, targetIds: string[]): Promise<Map<string, TReview>> {
  const rows = await getPrisma().review.findMany({
    where: { targetType, targetId: { in: targetIds } },
    select: { targetId: true, status: true, note: true, updatedAt: true },
  });
  const byId = new Map<string, TReview>(targetIds.map((id) => [id, UNREVIEWED]));
  for (const row of rows) byId.set(row.targetId, { status: row.status as TReviewState, note: row.note, updatedAt: row.updatedAt });
  return byId;
}
