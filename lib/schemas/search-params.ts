import { z } from "zod";
import { ZDiscrepancyKind } from "./pipeline";
import { ZReviewState } from "./review";

/** Search params arrive as string | string[] | undefined; take the first value. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = z.preprocess((v) => (first(v) === "" ? undefined : first(v)), z.string().trim().max(200).optional());

export const ZClaimsQuery = z.object({
  subject: optionalText,
  scope: z.preprocess(first, z.enum(["shared", "all"]).catch("shared").default("shared")),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});

/** Just a page number: the overview's source list, an entity's sources. */
export const ZPageQuery = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});

export const ZDiscrepanciesQuery = z.object({
  kind: z.preprocess((v) => (first(v) === "" || first(v) === "all" ? undefined : first(v)), ZDiscrepancyKind.optional().catch(undefined)),
  status: z.preprocess((v) => (first(v) === "" || first(v) === "all" ? undefined : first(v)), ZReviewState.optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});

export const ZSourceQuery = z.object({
  start: z.preprocess(first, z.coerce.number().int().nonnegative().optional().catch(undefined)),
  end: z.preprocess(first, z.coerce.number().int().nonnegative().optional().catch(undefined)),
});

export type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `/`: the story list, searched by title or outlet. */
export const ZStoryListQuery = z.object({
  q: optionalText,
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});

/** What a story edit (rename, merge, move) could not do, reported back on the page it came from. */
export const ZStoryEditError = z.enum(["title", "target", "gone"]);
export type TStoryEditError = z.infer<typeof ZStoryEditError>;

/** A story's overview: its page of sources, and the error of an edit that was refused. */
export const ZStoryOverviewQuery = ZPageQuery.extend({
  error: z.preprocess(first, ZStoryEditError.optional().catch(undefined)),
});
