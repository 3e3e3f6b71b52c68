import { readFile, stat } from "node:fs/promises";
import { findStoredUrls } from "../db/sources";
import { fetchPage } from "../web/fetch-page";
import { fetchLimitsFromEnv } from "../web/fetch-limits";
import { FeedReadError, readFeed, type TFeed } from "../web/read-feed";
import { isHttpUrl } from "../schemas/article-meta";

export type TFeedLinks = {
  feed: TFeed;
  /** The feed's article links not stored yet, in the feed's order. */
  links: string[];
  /** Links an article is already stored under: skipped. */
  alreadyStored: string[];
};

/** Whether a command-line argument or feed location is a web link rather than a file path. */
export const isLink = (location: string): boolean => /^https?:\/\//i.test(location);

/**
 * Reads an RSS or Atom feed from a URL (fetched with the same address checks and limits as any page)
 * or a local file, and returns the links of the articles not stored yet. Relative links in a local
 * feed have nothing to resolve against and are skipped (counted in feed.skipped).
 */
export async function readFeedLinks(location: string): Promise<TFeedLinks> {
  const isUrl = isLink(location);
  const xml = isUrl ? (await fetchPage(location, { accept: "feed" })).text : await readFeedFile(location);
  const feed = readFeed(xml, isUrl && isHttpUrl(location) ? location : undefined);
  const links = feed.items.map((item) => new URL(item.link).href);
  const stored = await findStoredUrls(links);
  return { feed, links: links.filter((link) => !stored.has(link)), alreadyStored: links.filter((link) => stored.has(link)) };
}

async function readFeedFile(file: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new FeedReadError(`${file}: no such feed file`);
  const { maxBytes } = fetchLimitsFromEnv();
  if (info.size > maxBytes) throw new FeedReadError(`${file}: the feed is ${info.size} bytes; the limit is ${maxBytes} (FETCH_MAX_BYTES)`);
  return (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
}
