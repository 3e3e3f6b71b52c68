/** Outlets named in a "Not reported by" line; beyond this many they are counted. */
export const MAX_MISSING_NAMED = 12;

/** The missing sources a line names, so a caller looks up only their labels. */
export function namedMissingIds(ids: readonly string[]): string[] {
  return ids.slice(0, MAX_MISSING_NAMED);
}

/** How many missing sources a line counts instead of naming them ("and 9 other outlets"). */
export function unnamedMissingCount(ids: readonly string[]): number {
  return Math.max(0, ids.length - MAX_MISSING_NAMED);
}

/** "A, B, C" or, past the cap, "A, B, … L and 9 other outlets". */
export function missingOutletsText(ids: readonly string[], label: (id: string) => string): string {
  const named = namedMissingIds(ids).map(label).join(", ");
  const others = unnamedMissingCount(ids);
  return others > 0 ? `${named} and ${others} other outlets` : named;
}
