import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LookupAddress } from "node:dns";
import type { IncomingHttpHeaders } from "node:http";
import { fetchPage, PageFetchError, type TFetchPageOptions } from "@/lib/web/fetch-page";
import {
  compressedResponse,
  gzipBomb,
  redirectChain,
  redirectTo,
  slowResponse,
  startFixtureServer,
  streamedBody,
  type TFixtureServer,
  type TStreamReport,
} from "@/tests/support/fixture-web-server";

/**
 * fetchPage against a real HTTP server on loopback. Only 127.0.0.1 is allowed, so every other address a
 * link or a redirect leads to meets the same checks a link from a user would.
 */
const MiB = 1024 * 1024;
const LOCAL = { allowedHosts: ["127.0.0.1"] };
const HTML = { "content-type": "text/html; charset=utf-8" };
const PAGE = "<!doctype html><title>Council vote</title><p>The council voted 7 to 2 on Monday.</p>";

/** The PageFetchError a fetch ends with; anything else (or success) fails the test. */
async function refusal(url: string, options: TFetchPageOptions = {}): Promise<PageFetchError> {
  const outcome = await fetchPage(url, { ...options, limits: { ...LOCAL, ...options.limits } }).then(
    () => new Error(`expected ${url} to be refused`),
    (error: unknown) => error,
  );
  if (outcome instanceof PageFetchError) return outcome;
  throw outcome;
}

const deferred = <T>() => {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
};

const resolvesTo = (...addresses: string[]) => async (): Promise<LookupAddress[]> => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

/** The server gets rid of more than the fetcher reads (a few MB sit in loopback socket buffers), but far from all of it. */
const SENT_BEFORE_CUT = 16 * MiB;

const latin1 = (text: string) => Buffer.from(text, "latin1");

let site: TFixtureServer;
const huge = deferred<TStreamReport>();
const declaredHuge = deferred<TStreamReport>();
let seenHeaders: IncomingHttpHeaders = {};

beforeAll(async () => {
  site = await startFixtureServer({
    "/page": { headers: HTML, body: PAGE },
    "/echo": (request, response) => {
      seenHeaders = request.headers;
      response.writeHead(200, HTML).end(PAGE);
    },
    ...redirectChain(["/hop1", "/hop2", "/hop3"], "/page"),
    "/hop2": redirectTo("hop3", 307),
    "/loop": redirectTo("/loop"),
    "/to-private": redirectTo("http://10.0.0.1/"),
    "/to-metadata": redirectTo("http://169.254.169.254/latest/meta-data/", 301),
    "/to-ipv6-loopback": (_request, response) => response.writeHead(302, { location: `http://[::1]:${site.port}/page` }).end(),
    "/to-file": redirectTo("file:///etc/passwd"),
    "/to-credentials": redirectTo("http://user:secret@127.0.0.1/page"),
    "/huge": streamedBody(20 * MiB, { onDone: huge.settle }),
    "/declared-huge": streamedBody(20 * MiB, { declareLength: true, onDone: declaredHuge.settle }),
    "/bomb": await gzipBomb(50 * MiB),
    "/gzip": compressedResponse(PAGE),
    "/br": compressedResponse(PAGE, { encoding: "br" }),
    "/deflate": compressedResponse(PAGE, { encoding: "deflate" }),
    "/corrupt-gzip": { headers: { ...HTML, "content-encoding": "gzip" }, body: "this is not gzip" },
    "/zstd": { headers: { ...HTML, "content-encoding": "zstd" }, body: "(zstd bytes)" },
    "/cut-short": (_request, response) => {
      response.writeHead(200, { ...HTML, "content-length": 1000 });
      response.write("<p>only the start");
      setTimeout(() => response.destroy(), 20);
    },
    "/report.pdf": { headers: { "content-type": "application/pdf" }, body: "%PDF-1.4" },
    "/no-type": { body: PAGE },
    "/feed.rss": { headers: { "content-type": "application/rss+xml" }, body: '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>' },
    "/feed-latin1.xml": { headers: { "content-type": "text/xml" }, body: latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>café</title></channel></rss>') },
    "/slow-headers": slowResponse({ headersAfterMs: 5000, body: PAGE }),
    "/trickle": slowResponse({ body: PAGE, chunkBytes: 8, chunkEveryMs: 100 }),
    "/slow-hop": slowResponse({ status: 302, headers: { location: "/slow-hop-2" }, headersAfterMs: 200 }),
    "/slow-hop-2": slowResponse({ headersAfterMs: 200, body: PAGE }),
    "/gone": { status: 410, headers: HTML, body: "<p>removed</p>" },
    "/cafe-header": { headers: { "content-type": "text/html; charset=windows-1252" }, body: latin1("<p>Le café du coin</p>") },
    "/cafe-meta": { headers: { "content-type": "text/html" }, body: latin1('<html><head><meta charset="windows-1252"><title>x</title></head><body><p>Le café du coin</p></body></html>') },
    "/cafe-http-equiv": {
      headers: { "content-type": "text/html" },
      body: latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>Le café</p></body></html>'),
    },
    "/utf8-bom": { headers: { "content-type": "text/html" }, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>Zürich</p>")]) },
    "/unknown-charset": { headers: { "content-type": "text/html; charset=x-no-such-thing" }, body: Buffer.from("<p>Zürich</p>") },
  });
});

afterAll(() => site?.close());

describe("fetchPage: pages and redirects", () => {
  it("fetches a page with its status, type, bytes, text and final URL, saying who asks and what it accepts", async () => {
    const page = await fetchPage(site.url("/echo"), { limits: LOCAL });
    expect(page).toMatchObject({ requestedUrl: site.url("/echo"), finalUrl: site.url("/echo"), status: 200, contentType: "text/html", charset: "utf-8", redirects: [] });
    expect(page.text).toBe(PAGE);
    expect(Buffer.from(page.bytes).toString("utf8")).toBe(PAGE);
    expect(seenHeaders["user-agent"]).toBe("claim-compare/0.1 (+article fetcher)");
    expect(seenHeaders.accept).toMatch(/^text\/html/);
    expect(seenHeaders["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("follows a chain of three redirects (absolute and relative Locations) and records it", async () => {
    const page = await fetchPage(site.url("/hop1"), { limits: LOCAL });
    expect(page.redirects).toEqual([site.url("/hop1"), site.url("/hop2"), site.url("/hop3")]);
    expect(page.finalUrl).toBe(site.url("/page"));
    expect(page.requestedUrl).toBe(site.url("/hop1"));
    expect(page.text).toBe(PAGE);
  });

  it("gives up after the redirect limit, and on a loop", async () => {
    const tooMany = await refusal(site.url("/hop1"), { limits: { maxRedirects: 2 } });
    expect(tooMany.reason).toBe("too-many-redirects");
    expect(tooMany.message).toContain("redirected more than 2 times (FETCH_MAX_REDIRECTS)");
    expect((await refusal(site.url("/loop"))).reason).toBe("too-many-redirects");
    const none = await refusal(site.url("/hop3"), { limits: { maxRedirects: 0 } });
    expect(none.message).toBe(`${site.url("/hop3")} redirects, and no redirect is followed (FETCH_MAX_REDIRECTS is 0)`);
    expect((await fetchPage(site.url("/page"), { limits: { ...LOCAL, maxRedirects: 0 } })).text).toBe(PAGE);
  });

  it("refuses a redirect into the private network, to cloud metadata, to IPv6 loopback, to file: and with credentials", async () => {
    const toPrivate = await refusal(site.url("/to-private"));
    expect(toPrivate).toMatchObject({ reason: "blocked-address", url: "http://10.0.0.1/" });
    expect(toPrivate.message).toBe(
      "the page redirects to http://10.0.0.1/, which points at 10.0.0.1, a private network address; fetching it is refused (FETCH_ALLOWED_HOSTS lists hosts allowed for local use)",
    );
    const toMetadata = await refusal(site.url("/to-metadata"));
    expect(toMetadata.reason).toBe("blocked-address");
    expect(toMetadata.message).toContain("169.254.169.254, a cloud metadata address");

    const toLoopback6 = await refusal(site.url("/to-ipv6-loopback"));
    expect(toLoopback6.reason).toBe("blocked-address");
    expect(toLoopback6.message).toContain("::1, a loopback address");

    const toFile = await refusal(site.url("/to-file"));
    expect(toFile.reason).toBe("scheme");
    expect(toFile.message).toBe("the page redirects to file:///etc/passwd, which uses file:; only http: and https: links are fetched");
    expect((await refusal(site.url("/to-credentials"))).reason).toBe("credentials");
  });
});

describe("fetchPage: addresses a host name resolves to", () => {
  it("refuses a host that resolves to a private address, and one with a public and a private address", async () => {
    const privateOnly = await refusal("http://news.example/story", { lookup: resolvesTo("10.0.0.5") });
    expect(privateOnly.reason).toBe("blocked-address");
    expect(privateOnly.message).toBe(
      "http://news.example/story resolves to 10.0.0.5, a private network address; fetching it is refused (FETCH_ALLOWED_HOSTS lists hosts allowed for local use)",
    );
    const mixed = await refusal("http://news.example/story", { lookup: resolvesTo("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "fd00:ec2::254") });
    expect(mixed.reason).toBe("blocked-address");
    expect(mixed.message).toContain("fd00:ec2::254, a cloud metadata address");
  });

  it("refuses localhost when it is not on the allowed list", async () => {
    const local = await refusal(site.url("/page").replace("127.0.0.1", "localhost"));
    expect(local.reason).toBe("blocked-address");
    expect(local.message).toMatch(/resolves to (127\.0\.0\.1|::1), a loopback address/);
  });

  it("connects to the address the lookup checked, asking it once", async () => {
    const asked: string[] = [];
    const lookup = async (host: string) => {
      asked.push(host);
      return resolvesTo("127.0.0.1")();
    };
    const page = await fetchPage(`http://news.example:${site.port}/page`, { lookup, limits: { allowedHosts: ["news.example"] } });
    expect(page.text).toBe(PAGE);
    expect(asked).toEqual(["news.example"]);
  });

  it("reports a host that does not resolve", async () => {
    const lookup = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    const missing = await refusal("http://no-such-host.example/", { lookup });
    expect(missing.reason).toBe("dns");
    expect(missing.message).toBe("http://no-such-host.example/ names a host (no-such-host.example) that could not be found (ENOTFOUND)");
  });
});

describe("fetchPage: size", () => {
  it("cuts a 20 MB streamed page off at the limit and closes the connection", async () => {
    const tooLarge = await refusal(site.url("/huge"), { limits: { maxBytes: 1 * MiB } });
    expect(tooLarge.reason).toBe("too-large");
    expect(tooLarge.message).toBe("the page passed 1 MiB (1048576 bytes) before it ended; it was not read further (FETCH_MAX_BYTES)");
    const report = await huge.promise;
    expect(report.completed).toBe(false);
    expect(report.sentBytes).toBeLessThan(SENT_BEFORE_CUT);
  });

  it("refuses a Content-Length over the limit before reading the body", async () => {
    const declared = await refusal(site.url("/declared-huge"), { limits: { maxBytes: 1 * MiB } });
    expect(declared.reason).toBe("too-large");
    expect(declared.message).toBe("the page declares 20 MiB (20971520 bytes) in its Content-Length, more than the limit of 1 MiB (1048576 bytes) (FETCH_MAX_BYTES); it was not read");
    const report = await declaredHuge.promise;
    expect(report.completed).toBe(false);
    expect(report.sentBytes).toBeLessThan(SENT_BEFORE_CUT);
  });

  it("counts decompressed bytes, so a gzip bomb is refused", async () => {
    const bomb = await refusal(site.url("/bomb"), { limits: { maxBytes: 1 * MiB } });
    expect(bomb.reason).toBe("too-large");
    expect(bomb.message).toContain("once decompressed");
  });
});

describe("fetchPage: encodings on the wire", () => {
  it.each(["/gzip", "/br", "/deflate"])("decompresses %s", async (path) => {
    const page = await fetchPage(site.url(path), { limits: LOCAL });
    expect(page.text).toBe(PAGE);
  });

  it("refuses corrupt compressed data and encodings it did not offer", async () => {
    const corrupt = await refusal(site.url("/corrupt-gzip"));
    expect(corrupt.reason).toBe("encoding");
    expect(corrupt.message).toMatch(/^the page has gzip data that cannot be decompressed/);
    const zstd = await refusal(site.url("/zstd"));
    expect(zstd.reason).toBe("encoding");
    expect(zstd.message).toBe('the page is compressed as "zstd", which the fetcher cannot read');
  });

  it("reports a connection cut before the page ended", async () => {
    const cut = await refusal(site.url("/cut-short"));
    expect(cut.reason).toBe("network");
    expect(cut.message).toContain(`the connection to 127.0.0.1:${site.port}`);
  });
});

describe("fetchPage: content types", () => {
  it("refuses a PDF, or a response with no type, as not an HTML page", async () => {
    const pdf = await refusal(site.url("/report.pdf"));
    expect(pdf).toMatchObject({ reason: "not-html", message: "the link serves application/pdf, not an HTML page" });
    expect((await refusal(site.url("/no-type"))).reason).toBe("not-html");
  });

  it("accepts a feed only when a feed is asked for, and an HTML page only when a page is", async () => {
    const feed = await fetchPage(site.url("/feed.rss"), { accept: "feed", limits: LOCAL });
    expect(feed.contentType).toBe("application/rss+xml");
    expect(feed.text).toContain("<channel><title>News</title>");
    expect((await refusal(site.url("/feed.rss"))).reason).toBe("not-html");
    const page = await refusal(site.url("/page"), { accept: "feed" });
    expect(page).toMatchObject({ reason: "not-feed", message: "the link serves text/html, not a feed (RSS, Atom or RDF)" });
  });

  it("answers a 4xx status with the status", async () => {
    const missing = await refusal(site.url("/missing"));
    expect(missing).toMatchObject({ reason: "http-status", status: 404 });
    expect(missing.message).toBe(`${site.url("/missing")} answered 404 Not Found instead of the page`);
    expect(await refusal(site.url("/gone"))).toMatchObject({ reason: "http-status", status: 410 });
  });
});

describe("fetchPage: one deadline", () => {
  it.each([
    ["headers that come too late", "/slow-headers"],
    ["a body that trickles in", "/trickle"],
    ["two redirect hops that together take too long", "/slow-hop"],
  ])("times out on %s", async (_what, path) => {
    const started = Date.now();
    const late = await refusal(site.url(path), { limits: { timeoutMs: 300 } });
    expect(late.reason).toBe("timeout");
    expect(late.message).toBe(`no answer within 300 ms from ${site.url(path)} (FETCH_TIMEOUT_MS covers redirects and the whole page); the fetch was stopped`);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("times out on a lookup that never answers", async () => {
    const hung = await refusal("http://slow-dns.example/", { lookup: () => new Promise<LookupAddress[]>(() => {}), limits: { timeoutMs: 300 } });
    expect(hung.reason).toBe("timeout");
  });
});

describe("fetchPage: text encodings", () => {
  it.each([
    ["the Content-Type header", "/cafe-header", "windows-1252"],
    ["a meta charset", "/cafe-meta", "windows-1252"],
    ["a meta http-equiv", "/cafe-http-equiv", "windows-1252"],
  ])("decodes a windows-1252 page named by %s", async (_where, path, charset) => {
    const page = await fetchPage(site.url(path), { limits: LOCAL });
    expect(page.charset).toBe(charset);
    expect(page.text).toContain("Le café");
  });

  it("reads a feed's encoding from its XML declaration", async () => {
    const feed = await fetchPage(site.url("/feed-latin1.xml"), { accept: "feed", limits: LOCAL });
    expect(feed.text).toContain("<title>café</title>");
  });

  it("drops a UTF-8 byte-order mark and reads an unknown charset label as UTF-8", async () => {
    expect((await fetchPage(site.url("/utf8-bom"), { limits: LOCAL })).text).toBe("<p>Zürich</p>");
    const unknown = await fetchPage(site.url("/unknown-charset"), { limits: LOCAL });
    expect(unknown).toMatchObject({ charset: "utf-8", text: "<p>Zürich</p>" });
  });
});
