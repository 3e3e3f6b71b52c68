import { isIP } from "node:net";
import { PageFetchError } from "./page-fetch-error";

/** Longer links are almost always generated junk or an attack on a parser; browsers and servers balk near here too. */
export const MAX_URL_LENGTH = 2000;

/**
 * The link as a URL if it may be fetched: http: or https:, no user name or password, at most 2000 characters.
 * `base` is the page a redirect came from, against which a relative Location is resolved; its presence also
 * words the error as a redirect's.
 */
export function checkPageUrl(raw: string, base?: URL): URL {
  const viaRedirect = base !== undefined;
  const text = raw.trim();
  if (text.length > MAX_URL_LENGTH) {
    throw PageFetchError.invalidUrl({ url: text, viaRedirect }, `is longer than ${MAX_URL_LENGTH} characters, the most a link may have`);
  }
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw PageFetchError.invalidUrl({ url: text, viaRedirect }, "is not a valid link");
  }
  const target = { url: url.href, viaRedirect };
  if (url.protocol !== "http:" && url.protocol !== "https:") throw PageFetchError.scheme(target, url.protocol);
  if (url.username || url.password) throw PageFetchError.credentials(target);
  if (url.href.length > MAX_URL_LENGTH) {
    throw PageFetchError.invalidUrl(target, `is longer than ${MAX_URL_LENGTH} characters, the most a link may have`);
  }
  if (!url.hostname) throw PageFetchError.invalidUrl(target, "has no host");
  return url;
}

/**
 * The IP address written in a link's host, or null for a host name. WHATWG URL parsing has already turned
 * the odd IPv4 spellings (`2130706433`, `0x7f.1`) into dotted decimal; IPv6 loses its brackets here.
 */
export function ipLiteralOf(url: URL): string | null {
  const bare = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return isIP(bare) ? bare : null;
}
