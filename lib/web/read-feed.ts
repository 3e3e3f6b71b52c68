import { ZMetaTitle, isHttpUrl } from "../schemas/article-meta";
import { readFeedDay } from "./feed-dates";
import { FeedReadError } from "./feed-read-error";
import { readFeedBody, type TFeedEntryDraft } from "./feed-shapes";
import { parseFeedXml, type TFeedKind } from "./feed-xml";
import { resolveUrl } from "./resolve-url";

export { FeedReadError } from "./feed-read-error";
export type { TFeedKind } from "./feed-xml";

/** More items than a news feed carries; a longer list is cut, and the cut is counted. */
export const MAX_FEED_ITEMS = 500;

export type TFeedItem = { title: string | null; link: string; published: string | null; id: string | null };

/** A feed's items in its order, each with an http(s) link; `skipped` counts the entries left out and why. */
export type TFeed = {
  title: string | null;
  kind: TFeedKind;
  items: TFeedItem[];
  skipped: { noLink: number; duplicate: number; overLimit: number };
};

/** A title as metadata holds it (whitespace collapsed, bounded, no control characters), else null. */
function readTitle(value: string | undefined): string | null {
  const parsed = ZMetaTitle.safeParse(value);
  return parsed.success ? (parsed.data ?? null) : null;
}

/**
 * An entry's page: the first of its links that is http(s) once resolved against the feed's URL, else
 * its permalink identifier when that is already an absolute http(s) URL (an id such as "item-42"
 * must not become a URL by resolving it).
 */
function readEntryLink(entry: TFeedEntryDraft, feedUrl: string | undefined): string | null {
  for (const link of entry.links) {
    const resolved = resolveUrl(link, feedUrl);
    if (resolved !== null && isHttpUrl(resolved)) return resolved;
  }
  const permalink = entry.permalink?.trim();
  return permalink && isHttpUrl(permalink) ? new URL(permalink).href : null;
}

/**
 * Reads an RSS 2.0, Atom or RSS 1.0 (RDF) feed: each item's title, page link, printed day and id.
 * Items without a usable link are skipped, a link seen before is kept once, and at most
 * `MAX_FEED_ITEMS` are returned. Throws `FeedReadError` for what is not a feed (an HTML page, other
 * XML, text) and for any document whose DOCTYPE declares entities.
 */
export function readFeed(xml: string, feedUrl?: string): TFeed {
  const { kind, body } = parseFeedXml(xml);
  const read = readFeedBody(kind, body);
  if (!read.ok) throw new FeedReadError(`not a readable feed: ${read.message}`);

  const feed: TFeed = { title: readTitle(read.feed.title), kind, items: [], skipped: { noLink: 0, duplicate: 0, overLimit: 0 } };
  const seen = new Set<string>();
  for (const entry of read.feed.entries) {
    const link = readEntryLink(entry, feedUrl);
    if (link === null) feed.skipped.noLink += 1;
    else if (seen.has(link)) feed.skipped.duplicate += 1;
    else if (feed.items.length >= MAX_FEED_ITEMS) {
      seen.add(link);
      feed.skipped.overLimit += 1;
    } else {
      seen.add(link);
      feed.items.push({ title: readTitle(entry.title), link, published: readFeedDay(entry.date), id: entry.id?.trim() || null });
    }
  }
  return feed;
}
