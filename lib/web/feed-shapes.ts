import { z } from "zod";
import type { TFeedKind } from "./feed-xml";

/**
 * The parsed XML of RSS 2.0, Atom and RSS 1.0 (RDF), checked with zod before anything is read from
 * it: an element may be missing, repeated, empty or carry attributes, and a field that is none of
 * what it should be reads as absent instead of failing the feed. Only a feed without its skeleton
 * (RSS without a channel) fails.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const asRecord = (value: unknown) => (isRecord(value) ? value : {});
const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const toArray = (value: unknown) => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** An element's text (the `#text` of one with attributes); the first of repeated elements. */
const ZXmlText = z
  .preprocess((value) => {
    const first = firstOf(value);
    return isRecord(first) ? first["#text"] : first;
  }, z.string().optional())
  .catch(undefined);

/** RSS's guid: its text, and whether it is the item's URL (it is unless isPermaLink says "false"). */
const ZRssGuid = z
  .preprocess(
    (value) => {
      const first = firstOf(value);
      if (!isRecord(first)) return { text: first, isPermaLink: true };
      return { text: first["#text"], isPermaLink: String(first["@_isPermaLink"] ?? "").trim().toLowerCase() !== "false" };
    },
    z.object({ text: z.string(), isPermaLink: z.boolean() }).optional(),
  )
  .catch(undefined);

/** A list of elements, each read as an object (an empty `<item/>` is an item with nothing in it). */
const ZElements = <T extends z.ZodType>(schema: T) => z.preprocess(toArray, z.array(z.preprocess(asRecord, schema)));

const ZRssItem = z.object({
  title: ZXmlText,
  link: ZXmlText,
  guid: ZRssGuid,
  pubDate: ZXmlText,
  "dc:date": ZXmlText,
});
/** A missing channel fails; an empty `<channel/>` is a feed with no items. */
const ZRssDocument = z.object({
  channel: z.preprocess((value) => (firstOf(value) === undefined ? undefined : asRecord(firstOf(value))), z.object({ title: ZXmlText, item: ZElements(ZRssItem) })),
});

const ZAtomLink = z.object({ "@_href": z.string().optional(), "@_rel": z.string().optional() }).catch({});
const ZAtomEntry = z.object({
  title: ZXmlText,
  link: z.preprocess(toArray, z.array(z.preprocess(asRecord, ZAtomLink))).catch([]),
  id: ZXmlText,
  published: ZXmlText,
  updated: ZXmlText,
});
const ZAtomDocument = z.preprocess(asRecord, z.object({ title: ZXmlText, entry: ZElements(ZAtomEntry) }));

const ZRdfItem = z.object({ title: ZXmlText, link: ZXmlText, "@_rdf:about": z.string().optional().catch(undefined), "dc:date": ZXmlText });
const ZRdfDocument = z.preprocess(
  asRecord,
  z.object({ channel: z.preprocess(firstOf, z.preprocess(asRecord, z.object({ title: ZXmlText }))), item: ZElements(ZRdfItem) }),
);

/**
 * One entry as the feed gives it, before its link is resolved and checked: `links` are tried in
 * order and may be relative; `permalink` is an identifier that may also be the entry's URL, used
 * only when it is already an absolute one.
 */
export type TFeedEntryDraft = { title?: string; links: string[]; permalink?: string; date?: string; id?: string };
export type TFeedBody = { title?: string; entries: TFeedEntryDraft[] };

/** Atom's page link is `rel="alternate"`, which is also what a link without `rel` means. */
function isAlternate(link: z.infer<typeof ZAtomLink>): boolean {
  const rel = link["@_rel"]?.trim().toLowerCase();
  return rel === undefined || rel === "" || rel === "alternate";
}

type TFeedBodyResult = { ok: true; feed: TFeedBody } | { ok: false; message: string };

function readRssBody(body: unknown): TFeedBodyResult {
  const parsed = ZRssDocument.safeParse(asRecord(body));
  if (!parsed.success) return { ok: false, message: "RSS without a <channel>" };
  const { channel } = parsed.data;
  const entries = channel.item.map((item) => ({
    title: item.title,
    links: item.link === undefined ? [] : [item.link],
    permalink: item.guid?.isPermaLink ? item.guid.text : undefined,
    date: item.pubDate ?? item["dc:date"],
    id: item.guid?.text,
  }));
  return { ok: true, feed: { title: channel.title, entries } };
}

function readAtomBody(body: unknown): TFeedBodyResult {
  const parsed = ZAtomDocument.safeParse(body);
  if (!parsed.success) return { ok: false, message: "Atom feed of an unexpected shape" };
  const entries = parsed.data.entry.map((entry) => ({
    title: entry.title,
    links: entry.link.filter(isAlternate).flatMap((link) => (link["@_href"] === undefined ? [] : [link["@_href"]])),
    date: entry.published ?? entry.updated,
    id: entry.id,
  }));
  return { ok: true, feed: { title: parsed.data.title, entries } };
}

function readRdfBody(body: unknown): TFeedBodyResult {
  const parsed = ZRdfDocument.safeParse(body);
  if (!parsed.success) return { ok: false, message: "RSS 1.0 (RDF) feed of an unexpected shape" };
  const entries = parsed.data.item.map((item) => ({
    title: item.title,
    links: item.link === undefined ? [] : [item.link],
    // RSS 1.0: rdf:about should equal the item's link.
    permalink: item["@_rdf:about"],
    date: item["dc:date"],
    id: item["@_rdf:about"],
  }));
  return { ok: true, feed: { title: parsed.data.channel.title, entries } };
}

/** The feed's title and entries, or the reason its skeleton is missing. */
export function readFeedBody(kind: TFeedKind, body: unknown): TFeedBodyResult {
  if (kind === "rss") return readRssBody(body);
  return kind === "atom" ? readAtomBody(body) : readRdfBody(body);
}
