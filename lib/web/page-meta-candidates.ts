/** The fields a news page's metadata can give, in the names `TPageMetadata` uses. */
export const PAGE_META_FIELDS = ["outlet", "title", "byline", "published", "url"] as const;
export type TPageMetaField = (typeof PAGE_META_FIELDS)[number];

/** Where a value was read: schema.org JSON-LD, Open Graph (`og:*`, `article:*`), other meta tags, or `<link rel=canonical>`. */
export type TMetaCarrier = "json-ld" | "open-graph" | "meta" | "link";

/** One value a carrier offers for a field, not yet checked. */
export type TMetaCandidate = { value: string; from: TMetaCarrier };

/** Each field's candidates in the order they are tried. */
export type TMetaCandidates = Record<TPageMetaField, TMetaCandidate[]>;

export function emptyCandidates(): TMetaCandidates {
  return { outlet: [], title: [], byline: [], published: [], url: [] };
}
