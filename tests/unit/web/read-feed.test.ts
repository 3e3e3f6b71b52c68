import { describe, expect, it } from "vitest";
import { decodeXmlReferences } from "../../../lib/web/xml-references";
import { FeedReadError, MAX_FEED_ITEMS, readFeed } from "../../../lib/web/read-feed";

const FEED_URL = "https://courier.example/feeds/local.xml";

const rss = (items: string, channelTitle = "Valley Courier: Local") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${channelTitle}</title><link>https://courier.example/</link>${items}</channel></rss>`;

const NO_SKIPS = { noLink: 0, duplicate: 0, overLimit: 0 };

describe("readFeed: RSS 2.0", () => {
  it("reads items with title, link, printed day and guid", () => {
    const feed = readFeed(
      rss(
        `<item><title>Linden river crests below the flood barrier</title><link>https://courier.example/local/river-crest</link>` +
          `<pubDate>Sat, 12 Apr 2031 23:40:00 -0500</pubDate><guid isPermaLink="false">courier-7781</guid></item>` +
          `<item><title>Council &amp; county agree on the footbridge</title><link>https://courier.example/local/footbridge</link>` +
          `<pubDate>2 May 2031 08:00 GMT</pubDate></item>`,
      ),
      FEED_URL,
    );
    expect(feed).toEqual({
      title: "Valley Courier: Local",
      kind: "rss",
      items: [
        // The day as printed, not moved to UTC (which would be the 13th).
        { title: "Linden river crests below the flood barrier", link: "https://courier.example/local/river-crest", published: "2031-04-12", id: "courier-7781" },
        { title: "Council & county agree on the footbridge", link: "https://courier.example/local/footbridge", published: "2031-05-02", id: null },
      ],
      skipped: NO_SKIPS,
    });
  });

  it("reads CDATA titles verbatim", () => {
    const feed = readFeed(rss(`<item><title><![CDATA[Ferry fares rise 4% <b>from June</b> & more]]></title><link>https://courier.example/f</link></item>`));
    expect(feed.items[0].title).toBe("Ferry fares rise 4% <b>from June</b> & more");
  });

  it("resolves relative links against the feed's URL and drops them when there is none", () => {
    const xml = rss(`<item><title>Relative</title><link>/local/library-hours</link></item>`);
    expect(readFeed(xml, FEED_URL).items[0].link).toBe("https://courier.example/local/library-hours");
    expect(readFeed(xml).skipped).toEqual({ ...NO_SKIPS, noLink: 1 });
  });

  it("uses a permalink guid when there is no link, but not a guid marked isPermaLink=false or one that is not a URL", () => {
    const feed = readFeed(
      rss(
        `<item><title>Guid only</title><guid>https://courier.example/local/dam-inspection</guid></item>` +
          `<item><title>Not a permalink</title><guid isPermaLink="false">https://courier.example/x</guid></item>` +
          `<item><title>An id</title><guid>post-42</guid></item>`,
      ),
      FEED_URL,
    );
    expect(feed.items).toEqual([{ title: "Guid only", link: "https://courier.example/local/dam-inspection", published: null, id: "https://courier.example/local/dam-inspection" }]);
    expect(feed.skipped).toEqual({ ...NO_SKIPS, noLink: 2 });
  });

  it("keeps one item per link and skips items without a usable link", () => {
    const feed = readFeed(
      rss(
        `<item><title>First</title><link>https://courier.example/a</link></item>` +
          `<item><title>Again</title><link>https://courier.example/a</link></item>` +
          `<item><title>No link</title></item><item/>` +
          `<item><title>Script</title><link>javascript:alert(1)</link></item>` +
          `<item><title>Mail</title><link>mailto:desk@courier.example</link></item>`,
      ),
    );
    expect(feed.items.map((item) => item.title)).toEqual(["First"]);
    expect(feed.skipped).toEqual({ noLink: 4, duplicate: 1, overLimit: 0 });
  });

  it("caps a feed of 600 items at 500 and counts the rest", () => {
    const items = Array.from({ length: 600 }, (_, i) => `<item><title>Item ${i}</title><link>https://courier.example/n/${i}</link></item>`).join("");
    const feed = readFeed(rss(items));
    expect(feed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(feed.items.at(-1)?.title).toBe("Item 499");
    expect(feed.skipped).toEqual({ ...NO_SKIPS, overLimit: 100 });
  });

  it("reads an empty channel as a feed without items, but not RSS without a channel", () => {
    expect(readFeed(`<rss version="2.0"><channel/></rss>`)).toEqual({ title: null, kind: "rss", items: [], skipped: NO_SKIPS });
    expect(() => readFeed(`<rss version="2.0"><item><link>https://a.example/</link></item></rss>`)).toThrow("RSS without a <channel>");
  });

  it("keeps numeric-looking titles and ids as text", () => {
    const feed = readFeed(rss(`<item><title>2031</title><link>https://courier.example/y</link><guid isPermaLink="false">0042</guid></item>`));
    expect(feed.items[0]).toMatchObject({ title: "2031", id: "0042" });
  });
});

describe("readFeed: Atom and RDF", () => {
  it("reads Atom entries: the alternate link, published or else updated", () => {
    const feed = readFeed(
      `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Harbor Ledger</title>
  <link rel="self" href="https://ledger.example/atom.xml"/>
  <entry>
    <title>Ferry service resumes after repairs</title>
    <link rel="edit" href="https://ledger.example/edit/1"/>
    <link rel="alternate" type="text/html" href="/2031/06/ferry"/>
    <id>tag:ledger.example,2031:ferry</id>
    <published>2031-06-09T07:30:00+02:00</published>
    <updated>2031-06-10T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${"<div>".repeat(150)}deep${"</div>".repeat(150)}</div></content>
  </entry>
  <entry>
    <title type="html">Harbor dredging &lt;em&gt;delayed&lt;/em&gt;</title>
    <link href="https://ledger.example/2031/06/dredging"/>
    <id>tag:ledger.example,2031:dredging</id>
    <updated>2031-06-11T18:00:00Z</updated>
  </entry>
</feed>`,
      "https://ledger.example/atom.xml",
    );
    expect(feed).toEqual({
      title: "Harbor Ledger",
      kind: "atom",
      items: [
        { title: "Ferry service resumes after repairs", link: "https://ledger.example/2031/06/ferry", published: "2031-06-09", id: "tag:ledger.example,2031:ferry" },
        { title: "Harbor dredging <em>delayed</em>", link: "https://ledger.example/2031/06/dredging", published: "2031-06-11", id: "tag:ledger.example,2031:dredging" },
      ],
      skipped: NO_SKIPS,
    });
  });

  it("reads RSS 1.0 (RDF) items beside the channel", () => {
    const feed = readFeed(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://gazette.example/rss"><title>Ostmere Gazette</title><link>https://gazette.example/</link></channel>
  <item rdf:about="https://gazette.example/harvest-fair"><title>Harvest fair returns</title><link>https://gazette.example/harvest-fair</link><dc:date>2031-09-20</dc:date></item>
  <item rdf:about="https://gazette.example/school-roof"><title>School roof repaired</title></item>
</rdf:RDF>`);
    expect(feed).toEqual({
      title: "Ostmere Gazette",
      kind: "rdf",
      items: [
        { title: "Harvest fair returns", link: "https://gazette.example/harvest-fair", published: "2031-09-20", id: "https://gazette.example/harvest-fair" },
        { title: "School roof repaired", link: "https://gazette.example/school-roof", published: null, id: "https://gazette.example/school-roof" },
      ],
      skipped: NO_SKIPS,
    });
  });
});

describe("readFeed: refusals", () => {
  it("refuses XML that is not a feed, naming its root", () => {
    expect(() => readFeed(`<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>`)).toThrow(
      new FeedReadError("not RSS or Atom: the document's root is <urlset>"),
    );
  });

  it("refuses an HTML page", () => {
    const html = `<!DOCTYPE html>\n<!-- served by mistake --><html lang="en"><head><meta charset="utf-8"><title>Home</title></head><body><p>Hi<br></body></html>`;
    expect(() => readFeed(html)).toThrow("not RSS or Atom: the document's root is <html>");
  });

  it("refuses text that is not XML", () => {
    expect(() => readFeed("")).toThrow(FeedReadError);
    expect(() => readFeed("404 Not Found")).toThrow("no root element found");
  });

  it("refuses a DOCTYPE that declares entities, without expanding them", () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ""};`.repeat(10)}">`).join("\n  ")}
]>
<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
    expect(() => readFeed(laughs)).toThrow("DOCTYPE declares entities");
    expect(() => readFeed(`<!DOCTYPE feed [<!ENTITY ext SYSTEM "file:///etc/hostname">]><feed><title>&ext;</title></feed>`)).toThrow(FeedReadError);
  });

  it("reads a DOCTYPE without entity declarations", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Example//DTD RSS 0.91//EN" "https://dtd.example/rss-0.91.dtd"><rss version="0.91"><channel><title>Old feed</title><item><title>T</title><link>https://old.example/t</link></item></channel></rss>`;
    expect(readFeed(xml).items).toHaveLength(1);
  });
});

describe("decodeXmlReferences", () => {
  it("decodes the predefined entities and character references once, leaving others as written", () => {
    expect(decodeXmlReferences("A &amp; B &lt;i&gt; &quot;q&quot; &apos;s &#8217; &#x2014; &amp;lt; &nbsp; &#0; &#xD800;")).toBe(
      "A & B <i> \"q\" 's \u2019 \u2014 &lt; &nbsp; &#0; &#xD800;",
    );
  });
});
