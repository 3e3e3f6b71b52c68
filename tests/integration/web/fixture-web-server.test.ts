import { spawn } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { request } from "node:http";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage } from "@/lib/web/fetch-page";
import { startFixtureServer } from "@/tests/support/fixture-web-server";

/** The fixture server is shared by integration and e2e tests: its file serving and standalone mode are pinned here. */
const LOCAL = { allowedHosts: ["127.0.0.1"] };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fixture-web-"));
  await mkdir(join(dir, "feeds"));
  await writeFile(join(dir, "article.html"), '<meta charset="windows-1252"><p>caf\xe9</p>', "latin1");
  await writeFile(join(dir, "feeds", "world.rss"), "<rss><channel><title>World</title></channel></rss>");
  await writeFile(`${dir}-secret.txt`, "outside the fixture directory");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-secret.txt`, { force: true });
});

/** The status for a request path sent exactly as written. */
function rawStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on("error", reject)
      .end();
  });
}

describe("fixture web server", () => {
  it("serves files under its directory with a type from the extension, and nothing outside it", async () => {
    const site = await startFixtureServer({}, { dir });
    try {
      const page = await fetchPage(site.url("/article.html"), { limits: LOCAL });
      expect(page).toMatchObject({ contentType: "text/html", charset: "windows-1252", text: '<meta charset="windows-1252"><p>café</p>' });
      const feed = await fetchPage(site.url("/feeds/world.rss"), { accept: "feed", limits: LOCAL });
      expect(feed.contentType).toBe("application/rss+xml");
      await expect(fetchPage(site.url("/feeds"), { limits: LOCAL })).rejects.toMatchObject({ status: 404 });
      // URL parsing folds "/../" and "/%2e%2e/" away; an encoded slash survives it and only decoding makes it a step up.
      const escape = `/..%2f${basename(dir)}-secret.txt`;
      expect(await rawStatus(site.port, escape)).toBe(404);
      expect(site.hits).toEqual(["/article.html", "/feeds/world.rss", "/feeds", escape]);
    } finally {
      await site.close();
    }
  });

  it("runs as its own process and prints its origin first", async () => {
    const child = spawn(join("node_modules", ".bin", "tsx"), ["tests/support/fixture-web-server.ts", "--port", "0", "--dir", dir], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const [origin] = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next().then((line) => [String(line.value)]);
      expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetchPage(`${origin}/article.html`, { limits: LOCAL });
      expect(page.text).toContain("café");
    } finally {
      child.kill("SIGTERM");
    }
  });
});
