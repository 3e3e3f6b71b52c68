import { z } from "zod";
import { ZSourceQuery } from "./search-params";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A source page's query: the linked passage (start, end) and which part of a long article to show. */
export const ZSourcePageQuery = ZSourceQuery.extend({
  part: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)),
});
export type TSourcePageQuery = z.infer<typeof ZSourcePageQuery>;
