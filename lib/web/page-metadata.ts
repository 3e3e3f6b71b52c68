import type { z } from "zod";
import { ZMetaByline, ZMetaOutlet, ZMetaPublished, ZMetaTitle, ZMetaUrl } from "../schemas/article-meta";
import { isUrlLike, stripBylinePrefix } from "./byline-text";
import { createHtmlEntityDecoder } from "./html-entities";
import { readJsonLdCandidates } from "./json-ld-article";
import { readJsonLdGraph } from "./json-ld-graph";
import { readMetaTagCandidates } from "./meta-tags";
import { PAGE_META_FIELDS, type TMetaCandidate, type TMetaCarrier, type TPageMetaField } from "./page-meta-candidates";
import { resolveUrl } from "./resolve-url";

export type { TMetaCarrier, TPageMetaField } from "./page-meta-candidates";

/** What a news page says about itself; `published` is YYYY-MM-DD, `from` names the carrier of each value found. */
export type TPageMetadata = Record<TPageMetaField, string | null> & {
  from: Partial<Record<TPageMetaField, TMetaCarrier>>;
};

type TFieldRule = { schema: z.ZodType<string | undefined, unknown>; prepare: (value: string, pageUrl: string) => string | null };

/** The same rules as metadata a person types in; each field only prepares what its carriers print differently. */
const FIELD_RULES: Record<TPageMetaField, TFieldRule> = {
  outlet: { schema: ZMetaOutlet, prepare: (value) => value },
  title: { schema: ZMetaTitle, prepare: (value) => value },
  byline: { schema: ZMetaByline, prepare: (value) => (isUrlLike(value) ? null : stripBylinePrefix(value)) },
  published: { schema: ZMetaPublished, prepare: (value) => value },
  url: { schema: ZMetaUrl, prepare: (value, pageUrl) => resolveUrl(value, pageUrl) },
};

/** The first candidate its field's rule accepts; one that fails falls through to the next. */
function pickFirstValid(field: TPageMetaField, candidates: TMetaCandidate[], pageUrl: string): { value: string; from: TMetaCarrier } | null {
  const rule = FIELD_RULES[field];
  for (const candidate of candidates) {
    const prepared = rule.prepare(candidate.value, pageUrl);
    if (prepared === null) continue;
    const parsed = rule.schema.safeParse(prepared);
    if (parsed.success && parsed.data !== undefined) return { value: parsed.data, from: candidate.from };
  }
  return null;
}

/**
 * A news page's outlet, title, byline, publication day and URL, from schema.org JSON-LD first, then
 * Open Graph and other meta tags, then the canonical link. Each value passes the same field schema as
 * typed-in metadata or is not used; a field no carrier gives validly is null (the caller may fall back
 * to Readability's title and byline). Reads the document only: Readability can run on it afterwards.
 */
export function readPageMetadata(document: Document, pageUrl: string): TPageMetadata {
  const jsonLd = readJsonLdCandidates(readJsonLdGraph(document), createHtmlEntityDecoder(document));
  const tags = readMetaTagCandidates(document);
  const metadata: TPageMetadata = { outlet: null, title: null, byline: null, published: null, url: null, from: {} };
  for (const field of PAGE_META_FIELDS) {
    const picked = pickFirstValid(field, [...jsonLd[field], ...tags[field]], pageUrl);
    if (!picked) continue;
    metadata[field] = picked.value;
    metadata.from[field] = picked.from;
  }
  return metadata;
}
