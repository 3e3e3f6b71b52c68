import type { IncomingMessage } from "node:http";
import { resolveWithDns, type TResolveHost } from "./checked-lookup";
import { decodePageText } from "./decode-page-text";
import { resolveFetchLimits, type TFetchLimits } from "./fetch-limits";
import { openResponse, type THopContext } from "./open-response";
import { checkMediaType, parseContentType, type TPageKind } from "./page-content-type";
import { PageFetchError } from "./page-fetch-error";
import { checkPageUrl } from "./page-url";
import { readLimitedBody } from "./read-limited-body";

export { PageFetchError, type TPageFetchFailure } from "./page-fetch-error";

/** A page as it arrived, with where it came from. */
export type TFetchedPage = {
  /** The link asked for, as URL parsing writes it. */
  requestedUrl: string;
  /** The link that answered with the page, after any redirects. */
  finalUrl: string;
  status: number;
  /** The media type, lower case, without parameters ("text/html"). */
  contentType: string;
  /** The encoding `text` was decoded with (a WHATWG name such as "utf-8" or "windows-1252"). */
  charset: string;
  bytes: Uint8Array;
  text: string;
  /** Each link that answered with a redirect, in order; `finalUrl` follows the last. */
  redirects: string[];
};

export type TFetchPageOptions = {
  /** An HTML page (the default) or a feed; anything else is refused before its body is read. */
  accept?: TPageKind;
  /** Overrides of the FETCH_* limits from the environment. */
  limits?: Partial<TFetchLimits>;
  /** Resolves host names (tests inject addresses); DNS by default. */
  lookup?: TResolveHost;
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a news page or feed from a link a person gave, without letting the link reach inside the network:
 * only http(s), no credentials, no blocked address at any hop, a bounded number of redirects, one deadline
 * for the whole fetch and a byte limit on the body. Failures are PageFetchErrors with a message to show.
 */
export async function fetchPage(url: string, options: TFetchPageOptions = {}): Promise<TFetchedPage> {
  const limits = resolveFetchLimits(options.limits);
  const start = checkPageUrl(url);
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), limits.timeoutMs);
  const ctx: THopContext = { kind: options.accept ?? "html", limits, resolve: options.lookup ?? resolveWithDns, signal: controller.signal };
  try {
    return await followRedirects(start, ctx);
  } finally {
    clearTimeout(deadline);
  }
}

async function followRedirects(start: URL, ctx: THopContext): Promise<TFetchedPage> {
  const redirects: string[] = [];
  let current = start;
  for (;;) {
    const hopUrl = current.href;
    const { request, response } = await openResponse(current, { url: hopUrl, viaRedirect: redirects.length > 0 }, ctx).catch((error: unknown) => {
      throw asPageFetchError(error, hopUrl, start.href, ctx);
    });
    try {
      const location = REDIRECT_STATUSES.has(response.statusCode ?? 0) ? response.headers.location : undefined;
      if (location === undefined) return await readPage(start, current, response, ctx, redirects);
      if (redirects.length >= ctx.limits.maxRedirects) throw PageFetchError.tooManyRedirects(start.href, ctx.limits.maxRedirects);
      redirects.push(hopUrl);
      current = checkPageUrl(location, current);
    } catch (error) {
      throw asPageFetchError(error, hopUrl, start.href, ctx);
    } finally {
      // Also what stops a body mid-stream: the socket goes with the request.
      request.destroy();
    }
  }
}

/** The answer that was not a redirect: refused unless it is a 2xx of the wanted kind, else read and decoded. */
async function readPage(start: URL, url: URL, response: IncomingMessage, ctx: THopContext, redirects: string[]): Promise<TFetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) throw PageFetchError.httpStatus(url.href, status, response.statusMessage);
  const { mediaType, charset: headerCharset } = parseContentType(response.headers["content-type"]);
  checkMediaType(url.href, ctx.kind, mediaType);
  const bytes = await readLimitedBody(response, url.href, ctx.limits.maxBytes);
  const { text, charset } = decodePageText(bytes, headerCharset, ctx.kind);
  return { requestedUrl: start.href, finalUrl: url.href, status, contentType: mediaType ?? "", charset, bytes, text, redirects };
}

/**
 * A refusal passes through; a connection cut by the deadline (whatever error it surfaced as) is a timeout;
 * anything else is a network failure.
 */
function asPageFetchError(error: unknown, hopUrl: string, requestedUrl: string, ctx: THopContext): PageFetchError {
  if (error instanceof PageFetchError && error.reason !== "network") return error;
  if (ctx.signal.aborted) return PageFetchError.timeout(requestedUrl, ctx.limits.timeoutMs);
  if (error instanceof PageFetchError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  return PageFetchError.network(hopUrl, `failed (${code ?? (error instanceof Error ? error.message : String(error))})`);
}
