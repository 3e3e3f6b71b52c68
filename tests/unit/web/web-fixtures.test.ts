import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { htmlToArticleText } from "../../../lib/articles/html-to-text";
import { readPageMetadata, type TPageMetadata } from "../../../lib/web/page-metadata";
import { readFeed } from "../../../lib/web/read-feed";

/** The fixtures other tests serve; the expectations here are the ones tests/fixtures/web/README.md lists. */
const FIXTURES = new URL("../../fixtures/web/", import.meta.url);
const BASE = "http://127.0.0.1:4173/fixtures/";

const readFixture = (name: string) => readFileSync(new URL(name, FIXTURES), "utf8");
const metadataOf = (name: string) => readPageMetadata(new JSDOM(readFixture(name)).window.document, BASE + name);

const ALL_JSON_LD = { outlet: "json-ld", title: "json-ld", byline: "json-ld", published: "json-ld", url: "json-ld" } as const;

const EXPECTED: Record<string, TPageMetadata> = {
  "jsonld-article.html": {
    outlet: "Ambry Valley Courier",
    title: "Ambry River floods Kestrel Ford as 412 residents leave their homes",
    byline: "Mara Quill and Tomas Brell",
    published: "2024-11-07",
    url: "https://ambry-courier.example/news/2024/11/07/kestrel-ford-flood",
    from: ALL_JSON_LD,
  },
  "opengraph-article.html": {
    outlet: "Wenlow Tribune",
    title: "Court orders Wenlow council to keep Orrin Street school open",
    byline: "Jonas Feld",
    published: "2024-10-22",
    url: "https://wenlow-tribune.example/courts/2024/10/22/orrin-street-school-ruling",
    from: { outlet: "open-graph", title: "open-graph", byline: "meta", published: "open-graph", url: "link" },
  },
  "bare-article.html": { outlet: null, title: null, byline: null, published: null, url: null, from: {} },
  "second-outlet-article.html": {
    outlet: "Northshire Daily Ledger",
    title: "Ambry River flood forces 450 from their homes in Kestrel Ford",
    byline: "Priya Hallan",
    published: "2024-11-08",
    url: "https://northshire-ledger.example/region/kestrel-ford-evacuation/",
    from: ALL_JSON_LD,
  },
};

describe("web fixture pages", () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: metadata as the README lists it`, () => {
      expect(metadataOf(name)).toEqual(expected);
    });
  }

  it("jsonld-article.html also carries Open Graph values that differ, so JSON-LD is seen winning", () => {
    const document = new JSDOM(readFixture("jsonld-article.html")).window.document;
    const og = (property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute("content");
    expect(og("og:site_name")).toBe("The Courier");
    expect(og("og:title")).not.toBe(EXPECTED["jsonld-article.html"].title);
    expect(og("og:url")).not.toBe(EXPECTED["jsonld-article.html"].url);
    expect(og("article:published_time")?.slice(0, 10)).toBe("2024-11-08");
  });

  it("gives Readability the article and leaves out the banner, navigation, read-more list and footer", () => {
    const firstParagraphs: Record<string, string> = {
      "jsonld-article.html": "forcing 412 residents from their homes",
      "opengraph-article.html": "A regional court on Tuesday overturned",
      "bare-article.html": "Dunmere's public library reopened on Saturday morning",
      "second-outlet-article.html": "forcing 450 residents from their homes",
    };
    for (const [name, phrase] of Object.entries(firstParagraphs)) {
      const { text } = htmlToArticleText(readFixture(name), BASE + name);
      expect(text, name).toContain(phrase);
      expect(text.split("\n\n").length, name).toBeGreaterThanOrEqual(6);
      for (const noise of ["ookies", "Read more", "Privacy", "dataLayer", "Subscribe", "Most read"]) expect(text, `${name}: ${noise}`).not.toContain(noise);
    }
    expect(htmlToArticleText(readFixture("bare-article.html")).title).toBe("Dunmere library reopens after 14-month renovation");
  });
});

describe("web fixture feeds", () => {
  it("feed-rss.xml: three items linking to the pages beside it, one repeat collapsed", () => {
    expect(readFeed(readFixture("feed-rss.xml"), `${BASE}feed-rss.xml`)).toEqual({
      title: "Ambry Valley news roundup",
      kind: "rss",
      items: [
        { title: "Ambry River floods Kestrel Ford as 412 residents leave their homes", link: `${BASE}jsonld-article.html`, published: "2024-11-07", id: "roundup-kestrel-ford-flood-1" },
        { title: "Court orders Wenlow council to keep Orrin Street school open", link: `${BASE}opengraph-article.html`, published: "2024-10-22", id: "roundup-orrin-street-ruling" },
        { title: "Ambry River flood forces 450 from their homes in Kestrel Ford", link: `${BASE}second-outlet-article.html`, published: "2024-11-08", id: "roundup-kestrel-ford-flood-2" },
      ],
      skipped: { noLink: 0, duplicate: 1, overLimit: 0 },
    });
  });

  it("feed-atom.xml: two entries, by rel=alternate and by a link without rel", () => {
    expect(readFeed(readFixture("feed-atom.xml"), `${BASE}feed-atom.xml`)).toEqual({
      title: "Dunmere and Wenlow community news",
      kind: "atom",
      items: [
        { title: "Dunmere library reopens after 14-month renovation", link: `${BASE}bare-article.html`, published: "2024-10-05", id: "tag:community.example,2024:dunmere-library" },
        {
          title: "Court orders Wenlow council to keep Orrin Street school open & pay costs",
          link: `${BASE}opengraph-article.html`,
          published: "2024-10-22",
          id: "tag:community.example,2024:orrin-street-ruling",
        },
      ],
      skipped: { noLink: 0, duplicate: 0, overLimit: 0 },
    });
  });
});
