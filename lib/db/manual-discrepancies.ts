import { stableId } from "../text/stable-id";
import { sourceLabel } from "../format/labels";
import { attributeLabel } from "../format/labels";
import type { TManualDiscrepancyInput } from "../schemas/manual-discrepancy";
import { runWriteTransaction } from "./write-transaction";

export class ManualDiscrepancyError extends Error {}

/**
 * Stores a reviewer-flagged discrepancy between stored claims, with each claim's exact span, and
 * the reviewer's verdict on it. It is kept when comparisons are recomputed (origin "manual").
 */
export async function createManualDiscrepancy(input: TManualDiscrepancyInput): Promise<string> {
  // Retried from the start if another process held the SQLite file's lock (lib/db/write-transaction.ts).
  return runWriteTransaction(async (tx) => {
    const claims = await tx.claim.findMany({
      where: { id: { in: input.claimIds } },
      select: { id: true, sourceId: true, subject: true, subjectEntityId: true, attribute: true, value: true, text: true, start: true, end: true, source: { select: { outlet: true, file: true, url: true, storyId: true } } },
    });
    if (claims.length !== input.claimIds.length) throw new ManualDiscrepancyError("Some selected claims no longer exist; reload the page.");
    claims.sort((a, b) => input.claimIds.indexOf(a.id) - input.claimIds.indexOf(b.id));
    const [first] = claims;
    // A contradiction is flagged within one story: its claims are compared with each other's only.
    if (claims.some((c) => c.source.storyId !== first.source.storyId)) throw new ManualDiscrepancyError("These claims belong to different stories; flag claims of one story.");
    const id = stableId("dis", "manual", ...claims.map((c) => `${c.sourceId}:${c.start}:${c.end}`).sort());
    const sameSubject = claims.every((c) => c.subjectEntityId === first.subjectEntityId);
    const subject = sameSubject ? first.subject : [...new Set(claims.map((c) => c.subject))].join(" / ");
    const attribute = claims.every((c) => c.attribute === first.attribute) ? first.attribute : "other";
    // The summary only quotes what the outlets printed.
    const summary = `Flagged by a reviewer (${attributeLabel(attribute).toLowerCase()}): ${claims
      .map((c) => `"${c.value}" (${sourceLabel(c.source)})`)
      .join(" vs ")}`;
    await tx.discrepancy.upsert({
      where: { id },
      create: {
        id, storyId: first.source.storyId, kind: input.kind, severity: "high", severityRank: 3, subjectEntityId: sameSubject ? first.subjectEntityId : null,
        subject, attribute, summary, groupId: null, missingSourceIds: "[]", origin: "manual", method: "manual", reason: "A reviewer flagged these claims as contradicting each other.",
        items: {
          create: claims.map((c, position) => ({
            id: stableId("dit", id, position), sourceId: c.sourceId, claimId: c.id, quoteId: null,
            value: c.value, excerpt: c.text, start: c.start, end: c.end, position,
          })),
        },
      },
      update: { kind: input.kind },
    });
    await tx.review.upsert({
      where: { targetType_targetId: { targetType: "discrepancy", targetId: id } },
      create: { targetType: "discrepancy", targetId: id, status: input.status, note: input.note },
      update: { status: input.status, note: input.note },
    });
    return id;
  });
}
