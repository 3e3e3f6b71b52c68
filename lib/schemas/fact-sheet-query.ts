import { z } from "zod";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = z.preprocess((v) => (first(v) === "" ? undefined : first(v)), z.string().trim().max(200).optional());

/** /factsheet search params: the same narrowing the API and the CLI take. */
export const ZFactSheetPageQuery = z.object({
  confirmed: z.preprocess(first, z.enum(["0", "1"]).catch("0").default("0")),
  entity: optional,
  outlet: optional,
});
