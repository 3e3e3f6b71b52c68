import { PageFetchError } from "./page-fetch-error";

/** What the caller wants from a link: an article page or a feed of articles. */
export type TPageKind = "html" | "feed";

const ACCEPTED_MEDIA_TYPES: Record<TPageKind, readonly string[]> = {
  html: ["text/html", "application/xhtml+xml"],
  feed: ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"],
};

/** Sent with each request, so a server that negotiates hands over the right representation. */
export const ACCEPT_HEADER: Record<TPageKind, string> = {
  html: "text/html, application/xhtml+xml;q=0.9",
  feed: "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8",
};

export type TContentType = { mediaType: string | null; charset: string | null };

/** The media type (lower case, without parameters) and the charset parameter of a Content-Type header. */
export function parseContentType(header: string | undefined): TContentType {
  if (!header) return { mediaType: null, charset: null };
  const [type, ...params] = header.split(";");
  const mediaType = type.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(param);
    if (match) charset = match[1].toLowerCase();
  }
  return { mediaType, charset };
}

/** Refuses a response whose media type is not what was asked for, before its body is read. */
export function checkMediaType(url: string, kind: TPageKind, mediaType: string | null): void {
  if (mediaType && ACCEPTED_MEDIA_TYPES[kind].includes(mediaType)) return;
  throw kind === "html" ? PageFetchError.notHtml(url, mediaType) : PageFetchError.notFeed(url, mediaType);
}
