import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { JSON_LD_LIMITS } from "../../../lib/web/json-ld-graph";
import { readPageMetadata } from "../../../lib/web/page-metadata";

const PAGE_URL = "https://news.example/local/2031/04/river-report";

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const page = (head: string, body = "<p>The river rose overnight.</p>") => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const read = (html: string, pageUrl = PAGE_URL) => readPageMetadata(new JSDOM(html).window.document, pageUrl);

const NONE = { outlet: null, title: null, byline: null, published: null, url: null, from: {} };

describe("readPageMetadata: JSON-LD", () => {
  it("reads a NewsArticle with publisher and author objects", () => {
    const html = page(
      jsonLd({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: "Flood barrier holds as the Linden river crests",
        datePublished: "2031-04-12T23:40:00-05:00",
        url: "https://news.example/local/2031/04/river-report",
        author: { "@type": "Person", name: "By Mara Quill" },
        publisher: { "@type": "NewsMediaOrganization", name: "Valley Courier" },
      }),
    );
    expect(read(html)).toEqual({
      outlet: "Valley Courier",
      title: "Flood barrier holds as the Linden river crests",
      byline: "Mara Quill",
      // The printed day, not shifted to UTC (which would be the 13th).
      published: "2031-04-12",
      url: "https://news.example/local/2031/04/river-report",
      from: { outlet: "json-ld", title: "json-ld", byline: "json-ld", published: "json-ld", url: "json-ld" },
    });
  });

  it("follows @id references inside @graph to the publisher and the author", () => {
    const html = page(
      jsonLd({
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "WebPage", "@id": "https://news.example/a#page", name: "River report - Valley Courier", url: "https://news.example/a" },
          {
            "@type": "Article",
            "@id": "https://news.example/a#article",
            headline: "Council approves the new footbridge",
            datePublished: "2031-05-02",
            author: { "@id": "https://news.example/#/person/tomas" },
            publisher: { "@id": "https://news.example/#org" },
            mainEntityOfPage: { "@id": "https://news.example/a#page" },
          },
          { "@type": "Organization", "@id": "https://news.example/#org", name: "Valley Courier" },
          { "@type": "Person", "@id": "https://news.example/#/person/tomas", givenName: "Tomas", familyName: "Brell" },
        ],
      }),
    );
    expect(read(html)).toMatchObject({
      outlet: "Valley Courier",
      title: "Council approves the new footbridge",
      byline: "Tomas Brell",
      published: "2031-05-02",
      url: "https://news.example/a#page",
    });
  });

  it("accepts an array @type and a prefixed type name", () => {
    const html = page(jsonLd({ "@type": ["schema:ReportageNewsArticle", "CreativeWork"], headline: "Harvest fair returns to Ostmere" }));
    expect(read(html)).toMatchObject({ title: "Harvest fair returns to Ostmere", from: { title: "json-ld" } });
  });

  it("joins several authors and drops repeats and profile links", () => {
    const html = page(
      jsonLd({
        "@type": "NewsArticle",
        headline: "Court rules on the ferry contract",
        author: [{ "@type": "Person", name: "Ana Ruiz" }, "Ben Okafor", { name: "Ana Ruiz" }, "https://news.example/staff/cleo", { "@type": "Person", name: "Cleo Marsh" }],
      }),
    );
    expect(read(html).byline).toBe("Ana Ruiz, Ben Okafor and Cleo Marsh");
  });

  it("prefers the first article node over a WebPage and over later related-story nodes", () => {
    const html = page(
      jsonLd([
        { "@type": "WebPage", name: "Page title", publisher: { name: "Valley Courier" } },
        { "@type": "NewsArticle", headline: "Main story" },
        { "@type": "ItemList", itemListElement: [{ "@type": "NewsArticle", headline: "Related story", datePublished: "2030-01-01" }] },
      ]),
    );
    // The publisher comes from the WebPage because the article node has none; the related story's date is not used.
    expect(read(html)).toMatchObject({ title: "Main story", outlet: "Valley Courier", published: null });
  });

  it("decodes HTML character references left in JSON-LD strings", () => {
    const html = page(jsonLd({ "@type": "NewsArticle", headline: "Roads &amp; bridges reopen after the storm&#8217;s peak", publisher: { name: "Hill &amp; Dale Times" } }));
    expect(read(html)).toMatchObject({ title: "Roads & bridges reopen after the storm\u2019s peak", outlet: "Hill & Dale Times" });
  });

  it("skips malformed JSON-LD and reads the next script", () => {
    const html = page(
      `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken",}</script>` +
        `<script type="application/ld+json">{"@type":"NewsArticle"}{"@type":"Article"}</script>` +
        `<script type="application/ld+json"><!-- {"@type": "NewsArticle", "headline": "Library opens late on Fridays"} --></script>`,
    );
    expect(read(html)).toMatchObject({ title: "Library opens late on Fridays" });
  });

  it("falls back to article:published_time when the JSON-LD date is not a real date", () => {
    const html = page(
      jsonLd({ "@type": "NewsArticle", headline: "Dam inspection finished", datePublished: "2031-02-30T10:00:00Z" }) +
        `<meta property="article:published_time" content="2031-03-01T08:15:00+01:00">`,
    );
    expect(read(html)).toMatchObject({ published: "2031-03-01", from: { published: "open-graph", title: "json-ld" } });
  });
});

describe("readPageMetadata: meta tags and links", () => {
  it("reads a page that has only Open Graph", () => {
    const html = page(
      `<meta property="og:site_name" content="Harbor Ledger"><meta property="og:title" content="Ferry service resumes">` +
        `<meta property="og:url" content="https://ledger.example/ferry"><meta property="article:published_time" content="2031-06-09">` +
        `<meta property="article:author" content="https://ledger.example/people/ivo"><meta name="author" content="Ivo Brandt">`,
    );
    expect(read(html)).toEqual({
      outlet: "Harbor Ledger",
      title: "Ferry service resumes",
      byline: "Ivo Brandt",
      published: "2031-06-09",
      url: "https://ledger.example/ferry",
      from: { outlet: "open-graph", title: "open-graph", byline: "meta", published: "open-graph", url: "open-graph" },
    });
  });

  it("gives all null for a page with no metadata", () => {
    expect(read(page("<title>Just a title</title>"))).toEqual(NONE);
  });

  it("rejects a javascript: og:url and falls back to the canonical link, resolved against the page URL", () => {
    const html = page(`<meta property="og:url" content="javascript:alert(1)"><link rel="Canonical" href="../05/river-report?ref=x">`);
    expect(read(html)).toMatchObject({ url: "https://news.example/local/2031/05/river-report?ref=x", from: { url: "link" } });
  });

  it("keeps absolute URLs when the page URL given is not a URL, and drops relative ones", () => {
    expect(read(page(`<meta property="og:url" content="/relative"><link rel="canonical" href="https://news.example/b">`), "")).toMatchObject({
      url: "https://news.example/b",
      from: { url: "link" },
    });
  });

  it("uses the lesser carriers in order: twitter:title, application-name, byl, dc.date, time[itemprop]", () => {
    const html = page(
      `<meta name="twitter:title" content="Bridge repairs start"><meta name="application-name" content="Riverside Post">` +
        `<meta property="article:author" content="https://post.example/u/1"><meta name="byl" content="By Lena Vos">` +
        `<meta name="DC.date.issued" content="not a date">`,
      `<article><time itemprop="datePublished" datetime="2031-07-04T06:00:00Z">4 July</time><p>Text.</p></article>`,
    );
    expect(read(html)).toEqual({
      outlet: "Riverside Post",
      title: "Bridge repairs start",
      byline: "Lena Vos",
      published: "2031-07-04",
      url: null,
      from: { outlet: "meta", title: "meta", byline: "meta", published: "meta" },
    });
  });

  it("takes names from article:author when they are not URLs", () => {
    const html = page(`<meta property="article:author" content="Petra Lind"><meta property="article:author" content="Omar Sidi">`);
    expect(read(html)).toMatchObject({ byline: "Petra Lind and Omar Sidi", from: { byline: "open-graph" } });
  });

  it("does not change the document", () => {
    const html = page(
      jsonLd({ "@type": "NewsArticle", headline: "A &amp; B" }) + `<meta property="og:title" content="x"><link rel="canonical" href="/a">`,
      "<article><h1>Heading</h1><p>First paragraph.</p></article>",
    );
    const document = new JSDOM(html).window.document;
    const before = document.documentElement.outerHTML;
    read(html);
    readPageMetadata(document, PAGE_URL);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe("readPageMetadata: bounds", () => {
  it("skips a script over the size bound", () => {
    const big = { "@type": "NewsArticle", headline: "Too big", articleBody: "x".repeat(JSON_LD_LIMITS.scriptChars) };
    expect(read(page(jsonLd(big))).title).toBeNull();
  });

  it("does not walk below the depth bound", () => {
    let nested: unknown = { "@type": "NewsArticle", headline: "Deep" };
    for (let i = 0; i < JSON_LD_LIMITS.depth + 5; i += 1) nested = { child: nested };
    expect(read(page(jsonLd(nested))).title).toBeNull();
    let shallow: unknown = { "@type": "NewsArticle", headline: "Shallow enough" };
    for (let i = 0; i < JSON_LD_LIMITS.depth - 1; i += 1) shallow = { child: shallow };
    expect(read(page(jsonLd(shallow))).title).toBe("Shallow enough");
  });

  it("stops walking after the node budget", () => {
    const filler = Array.from({ length: JSON_LD_LIMITS.nodes + 10 }, (_, i) => ({ "@type": "Thing", i }));
    expect(read(page(jsonLd([...filler, { "@type": "NewsArticle", headline: "Late" }]))).title).toBeNull();
  });

  it("reads at most the first scripts of a page with very many", () => {
    const scripts = Array.from({ length: JSON_LD_LIMITS.scripts }, () => jsonLd({ "@type": "Thing" })).join("");
    expect(read(page(scripts + jsonLd({ "@type": "NewsArticle", headline: "Seventeenth" }))).title).toBeNull();
  });

  it("reads a large, deeply nested page in linear time", () => {
    // 100,000 nested arrays (200 KB): deeper than a recursive walk or JSON.stringify survives.
    const deep = `${"[".repeat(100_000)}{"@type":"NewsArticle","headline":"Too deep"}${"]".repeat(100_000)}`;
    const html = page(`<script type="application/ld+json">${deep}</script>` + jsonLd({ "@type": "NewsArticle", headline: "After the deep one" }));
    const started = performance.now();
    expect(read(html).title).toBe("After the deep one");
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
