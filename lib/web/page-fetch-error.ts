/** Why a page could not be fetched; callers branch on this, people read the message. */
export type TPageFetchFailure =
  | "invalid-url"
  | "scheme"
  | "credentials"
  | "blocked-address"
  | "dns"
  | "timeout"
  | "too-large"
  | "not-html"
  | "not-feed"
  | "http-status"
  | "too-many-redirects"
  | "encoding"
  | "network";

/** Where a problem was met: the link that was asked for, or one that a redirect pointed to. */
export type TFetchTarget = { url: string; viaRedirect: boolean };

/** A fetch that was refused or failed, with a message that can be shown to the person who gave the link. */
export class PageFetchError extends Error {
  constructor(
    /** The link the problem concerns (a redirect's target when a redirect led there). */
    readonly url: string,
    readonly reason: TPageFetchFailure,
    message: string,
    /** The HTTP status, for "http-status". */
    readonly status?: number,
  ) {
    super(message);
    this.name = "PageFetchError";
  }

  static invalidUrl(target: TFetchTarget, problem: string): PageFetchError {
    return new PageFetchError(target.url, "invalid-url", `${subject(target, true)} ${problem}`);
  }

  static scheme(target: TFetchTarget, protocol: string): PageFetchError {
    return new PageFetchError(target.url, "scheme", `${subject(target)} uses ${protocol}; only http: and https: links are fetched`);
  }

  static credentials(target: TFetchTarget): PageFetchError {
    return new PageFetchError(target.url, "credentials", `${subject(target)} carries a user name or password; links with credentials are refused`);
  }

  /** `resolved` tells a host name that resolved to the address from an address written in the link. */
  static blockedAddress(target: TFetchTarget, address: string, why: string, resolved: boolean): PageFetchError {
    const kind = why === "not an IP address" ? "which is not an IP address" : `${article(why)} ${why} address`;
    const verb = resolved ? "resolves to" : "points at";
    const message = `${subject(target)} ${verb} ${address}, ${kind}; fetching it is refused (FETCH_ALLOWED_HOSTS lists hosts allowed for local use)`;
    return new PageFetchError(target.url, "blocked-address", message);
  }

  static dns(target: TFetchTarget, host: string, code: string | undefined): PageFetchError {
    return new PageFetchError(target.url, "dns", `${subject(target)} names a host (${host}) that could not be found${code ? ` (${code})` : ""}`);
  }

  static timeout(url: string, timeoutMs: number): PageFetchError {
    const message = `no answer within ${describeDuration(timeoutMs)} from ${shown(url)} (FETCH_TIMEOUT_MS covers redirects and the whole page); the fetch was stopped`;
    return new PageFetchError(url, "timeout", message);
  }

  /** `stage` says which count passed the limit: the declared Content-Length, the bytes received or the bytes after decompression. */
  static tooLarge(url: string, limit: number, stage: "declared" | "received" | "decompressed", declared = 0): PageFetchError {
    const message =
      stage === "declared"
        ? `the page declares ${describeBytes(declared)} in its Content-Length, more than the limit of ${describeBytes(limit)} (FETCH_MAX_BYTES); it was not read`
        : `the page passed ${describeBytes(limit)} ${stage === "received" ? "before it ended" : "once decompressed"}; it was not read further (FETCH_MAX_BYTES)`;
    return new PageFetchError(url, "too-large", message);
  }

  static notHtml(url: string, mediaType: string | null): PageFetchError {
    const message = mediaType
      ? `the link serves ${mediaType}, not an HTML page`
      : "the link does not say what it serves (no Content-Type), so it is not read as an HTML page";
    return new PageFetchError(url, "not-html", message);
  }

  static notFeed(url: string, mediaType: string | null): PageFetchError {
    const message = mediaType
      ? `the link serves ${mediaType}, not a feed (RSS, Atom or RDF)`
      : "the link does not say what it serves (no Content-Type), so it is not read as a feed";
    return new PageFetchError(url, "not-feed", message);
  }

  static httpStatus(url: string, status: number, statusText: string | undefined): PageFetchError {
    return new PageFetchError(url, "http-status", `${shown(url)} answered ${status}${statusText ? ` ${statusText}` : ""} instead of the page`, status);
  }

  static tooManyRedirects(url: string, maxRedirects: number): PageFetchError {
    const times = maxRedirects === 1 ? "once" : `${maxRedirects} times`;
    const message =
      maxRedirects === 0
        ? `${shown(url)} redirects, and no redirect is followed (FETCH_MAX_REDIRECTS is 0)`
        : `${shown(url)} redirected more than ${times} (FETCH_MAX_REDIRECTS); the fetch was given up`;
    return new PageFetchError(url, "too-many-redirects", message);
  }

  static encoding(url: string, problem: string): PageFetchError {
    return new PageFetchError(url, "encoding", `the page ${problem}`);
  }

  static network(url: string, problem: string): PageFetchError {
    return new PageFetchError(url, "network", `the connection to ${hostOf(url)} ${problem}`);
  }
}

/** Long links are cut in messages; the full one stays on `url`. */
const shown = (url: string) => (url.length > 120 ? `${url.slice(0, 119)}…` : url);

/** How a message names the link: a malformed one in quotes, so its edges show. */
const subject = (target: TFetchTarget, quoted = false) => {
  const link = quoted ? `"${shown(target.url)}"` : shown(target.url);
  return target.viaRedirect ? `the page redirects to ${link}, which` : link;
};

const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return shown(url);
  }
};

const trimNumber = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** "5 MiB (5242880 bytes)", "512 bytes": the round figure a person reads and the exact one the variable takes. */
export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MiB (${bytes} bytes)`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KiB (${bytes} bytes)`;
  return `${bytes} bytes`;
}

/** "300 ms", "15 s", "1.5 s". */
export function describeDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${trimNumber(ms / 1000)} s`;
}
