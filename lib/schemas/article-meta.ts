import { z } from "zod";
import type { TArticleMeta } from "./pipeline";

/**
 * One validation for an article's metadata, whatever carries it: a form or JSON field, YAML front
 * matter, or a value detected in the text or an HTML page. Callers decide what a failure means
 * (a field error, a refused file, or a detected value left empty); the rules are the same.
 */
export const META_LIMITS = { outlet: 200, title: 500, byline: 300, url: 2000 } as const;

/** A date, optionally with an ISO time of day and zone, which is dropped: only the printed day is kept. */
const ISO_DATE_OR_DATETIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;
/** C0 and C1 control characters: no title, outlet or URL contains one. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** A day that exists in the Gregorian calendar (no 2024-02-30, no month or day 00, no year 0000). */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith("0000")) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An absolute http(s) URL with a host, and nothing a browser would silently strip (spaces, controls). */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value) || CONTROL.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** The URL when it is http(s), else null: what every export does with a URL it did not check itself. */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  return value && isHttpUrl(value) ? value : null;
}

/** Blank means absent; runs of whitespace (a wrapped HTML title) become one space. */
const cleanText = (v: unknown) => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() || undefined : v);

const metaText = (max: number, label: string) =>
  z.preprocess(
    cleanText,
    z.string().max(max, `${label}: at most ${max} characters`).refine((s) => !CONTROL.test(s), `${label}: control characters are not allowed`).optional(),
  );

export const ZMetaOutlet = metaText(META_LIMITS.outlet, "Outlet");
export const ZMetaTitle = metaText(META_LIMITS.title, "Title");
export const ZMetaByline = metaText(META_LIMITS.byline, "Byline");

/** YYYY-MM-DD (a time after it is accepted and dropped); a bare number is not a date. */
export const ZMetaPublished = z.preprocess(
  cleanText,
  z
    .string()
    .regex(ISO_DATE_OR_DATETIME, "Use the form YYYY-MM-DD")
    .transform((v) => v.slice(0, 10))
    .refine(isRealDate, "Not a real calendar date")
    .optional(),
);

export const ZMetaUrl = z.preprocess(
  cleanText,
  z.string().max(META_LIMITS.url, `URL: at most ${META_LIMITS.url} characters`).refine(isHttpUrl, "Only http and https URLs").optional(),
);

/** Metadata a person may give with an article; it wins over what is detected in the text. */
export const ZArticleMetaFields = z.object({
  outlet: ZMetaOutlet,
  title: ZMetaTitle,
  byline: ZMetaByline,
  published: ZMetaPublished,
  url: ZMetaUrl,
});
export type TArticleMetaFields = z.infer<typeof ZArticleMetaFields>;

const FIELD_SCHEMAS = { outlet: ZMetaOutlet, title: ZMetaTitle, byline: ZMetaByline, publishedAt: ZMetaPublished, url: ZMetaUrl } as const;

export type TDroppedMeta = { field: keyof TArticleMeta; message: string };

/**
 * For detected metadata ("detected where the text states it, left empty where it does not"): each
 * value that fails its field's rule is left empty, never stored, and reported so a finding can say so.
 */
export function keepValidMeta(meta: TArticleMeta): { meta: TArticleMeta; dropped: TDroppedMeta[] } {
  const kept: TArticleMeta = { outlet: null, title: null, byline: null, publishedAt: null, url: null };
  const dropped: TDroppedMeta[] = [];
  for (const field of Object.keys(FIELD_SCHEMAS) as Array<keyof TArticleMeta>) {
    if (meta[field] === null) continue;
    const parsed = FIELD_SCHEMAS[field].safeParse(meta[field]);
    if (parsed.success) kept[field] = parsed.data ?? null;
    else dropped.push({ field, message: parsed.error.issues[0]?.message ?? "not valid" });
  }
  return { meta: kept, dropped };
}
