import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAllRows, useThrowawayDatabase } from "./test-database";
import { redirectChain, redirectTo, slowResponse, startFixtureServer, streamedBody, type TFixtureServer } from "../support/fixture-web-server";

// Articles added by link: the page is fetched from a loopback server that plays news sites (allowed
// through FETCH_ALLOWED_HOSTS, as a desk would allow an intranet host), reduced to its article and
// stored with the metadata the page states. The expected values are listed in tests/fixtures/web/README.md.

let site: TFixtureServer;
let db: typeof import("../../lib/db/client");
let route: typeof import("../../app/api/sources/route");

beforeAll(async () => {
  await useThrowawayDatabase();
  site = await startFixtureServer(
    {
      ...redirectChain(["/moved-1", "/moved-2", "/moved-3"], "/bare-article.html", 301),
      "/to-private": redirectTo("http://10.0.0.1/article.html"),
      "/to-metadata": redirectTo("http://169.254.169.254/latest/meta-data/"),
      "/report.pdf": { headers: { "content-type": "application/pdf" }, body: "%PDF-1.7 not a page" },
      "/huge.html": streamedBody(20 * 1024 * 1024),
      "/slow.html": slowResponse({ headersAfterMs: 5_000, body: "<p>late</p>" }),
      "/gone.html": { status: 404, headers: { "content-type": "text/html" }, body: "<p>Not found</p>" },
    },
    { dir: "tests/fixtures/web" },
  );
  process.env.FETCH_ALLOWED_HOSTS = "127.0.0.1";
  process.env.FETCH_MAX_BYTES = String(2 * 1024 * 1024);
  process.env.FETCH_TIMEOUT_MS = "1500";
  db = await import("../../lib/db/client");
  route = await import("../../app/api/sources/route");
});
afterAll(async () => {
  delete process.env.FETCH_ALLOWED_HOSTS;
  delete process.env.FETCH_MAX_BYTES;
  delete process.env.FETCH_TIMEOUT_MS;
  await site?.close();
  await db?.disconnectPrisma();
});

function postJson(body: unknown) {
  const request = new Request("http://test/api/sources", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return route.POST(request);
}

async function storedSource(id: string) {
  return db.getPrisma().source.findUniqueOrThrow({ where: { id }, select: { outlet: true, title: true, byline: true, publishedAt: true, url: true, file: true, text: true } });
}

describe("adding an article by its link", () => {
  it("takes outlet, title, byline, date and URL from the page's JSON-LD rather than its Open Graph tags", async () => {
    const response = await postJson({ url: site.url("/jsonld-article.html") });
    expect(response.status).toBe(201);
    const source = await storedSource((await response.json()).id);
    expect(source).toMatchObject({
      outlet: "Ambry Valley Courier",
      title: "Ambry River floods Kestrel Ford as 412 residents leave their homes",
      byline: "Mara Quill and Tomas Brell",
      publishedAt: "2024-11-07",
      url: "https://ambry-courier.example/news/2024/11/07/kestrel-ford-flood",
      file: null,
    });
    expect(source.text).toContain("412 residents");
    // The page's navigation, cookie banner and read-more list are not article text.
    expect(source.text).not.toMatch(/cookie/i);
  });

  it("falls back to Open Graph, the author meta tag and the canonical link", async () => {
    const response = await postJson({ url: site.url("/opengraph-article.html") });
    expect(response.status).toBe(201);
    expect(await storedSource((await response.json()).id)).toMatchObject({
      outlet: "Wenlow Tribune",
      byline: "Jonas Feld",
      publishedAt: "2024-10-22",
      url: "https://wenlow-tribune.example/courts/2024/10/22/orrin-street-school-ruling",
    });
  });

  it("follows redirects, and a page without metadata keeps the address it was found at", async () => {
    const response = await postJson({ url: site.url("/moved-1") });
    expect(response.status).toBe(201);
    const source = await storedSource((await response.json()).id);
    expect(source.url).toBe(site.url("/bare-article.html"));
    expect(source.title).toBe("Dunmere library reopens after 14-month renovation");
    expect(source.outlet).toBeNull();
  });

  it("lets what the request gives win over what the page states, and works from a multipart form", async () => {
    const form = new FormData();
    form.set("url", site.url("/second-outlet-article.html"));
    form.set("outlet", "Typed Outlet Name");
    const response = await route.POST(new Request("http://test/api/sources", { method: "POST", body: form }));
    expect(response.status).toBe(201);
    const source = await storedSource((await response.json()).id);
    expect(source.outlet).toBe("Typed Outlet Name");
    expect(source.byline).toBe("Priya Hallan");
  });

  it("compares the fetched pages like any other articles: the two flood reports disagree on how many left", async () => {
    const prisma = db.getPrisma();
    const flood = await prisma.source.findMany({ where: { text: { contains: "Kestrel Ford" } }, select: { storyId: true } });
    expect(new Set(flood.map((s) => s.storyId)).size).toBe(1);
    const items = await prisma.discrepancyItem.findMany({ where: { source: { storyId: flood[0].storyId } }, select: { excerpt: true } });
    const excerpts = items.map((i) => i.excerpt).join(" | ");
    expect(excerpts).toContain("412");
    expect(excerpts).toContain("450");
  });

  it("refuses links it must not fetch, says why, and stores nothing", async () => {
    const before = await countAllRows();
    const cases: Array<[string, number, RegExp]> = [
      [site.url("/to-private"), 400, /10\.0\.0\.1.*private/i],
      [site.url("/to-metadata"), 400, /metadata/i],
      [site.url("/report.pdf").replace("127.0.0.1", "localhost"), 400, /loopback|refused/i],
      [site.url("/report.pdf"), 422, /application\/pdf/],
      [site.url("/huge.html"), 422, /passed 2 MiB/],
      [site.url("/slow.html"), 504, /1\.5 s/],
      [site.url("/gone.html"), 502, /404/],
    ];
    for (const [url, status, message] of cases) {
      const response = await postJson({ url });
      const body = await response.json();
      expect({ url, status: response.status }).toEqual({ url, status });
      expect(body.fieldErrors.url.join(" ")).toMatch(message);
    }
    const file = await postJson({ url: "file:///etc/passwd" });
    expect(file.status).toBe(400);
    expect((await file.json()).fieldErrors.url.join(" ")).toMatch(/http/);
    expect(await countAllRows()).toEqual(before);
  });

  it("reads the metadata of an uploaded HTML page as it does a fetched one", async () => {
    const { readFileSync } = await import("node:fs");
    const html = readFileSync("tests/fixtures/web/opengraph-article.html", "utf8").replace("before voting in March.", "before voting in March, the saved copy adds.");
    const form = new FormData();
    form.set("file", new Blob([html]), "saved-page.html");
    const response = await route.POST(new Request("http://test/api/sources", { method: "POST", body: form }));
    expect(response.status).toBe(201);
    expect(await storedSource((await response.json()).id)).toMatchObject({ outlet: "Wenlow Tribune", publishedAt: "2024-10-22", file: "saved-page.html" });
  });
});
