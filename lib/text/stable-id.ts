import { createHash } from "node:crypto";

/** A short deterministic id, so re-running the pipeline on the same input yields the same ids. */
export function stableId(prefix: string, ...parts: Array<string | number | null>): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(`${part ?? ""}\u0000`);
  return `${prefix}_${hash.digest("hex").slice(0, 12)}`;
}
