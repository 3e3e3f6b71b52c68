import path from "node:path";
import { createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";

// The server's database (playwright.config.ts passes the same URL to the server it starts).
const DATABASE_FILE = path.resolve((process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db").replace(/^file:/, ""));

test("an unknown source id answers 404 with the not-found page", async ({ page }) => {
  const response = await page.goto("/sources/src_0000000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the overview" })).toBeVisible();
});

test("an unknown entity id answers 404 with the not-found page", async ({ page }) => {
  const response = await page.goto("/entities/ent_0000000000000000?page=2");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
});

test("an unknown source id answers 404 on the API too", async ({ request }) => {
  const read = await request.get("/api/sources/src_0000000000000000");
  expect(read.status()).toBe(404);
  expect((await read.json()).error).toMatch(/No source/);
  expect((await request.delete("/api/sources/src_0000000000000000")).status()).toBe(404);
});

test("a known source and entity still answer 200", async ({ page, request }) => {
  const { sources } = await (await request.get("/api/sources")).json();
  expect(sources.length).toBeGreaterThan(0);
  expect((await page.goto(`/sources/${sources[0].id}`))?.status()).toBe(200);
  await page.goto("/entities");
  const entityLink = page.locator('a[href^="/entities/"]').first();
  const href = await entityLink.getAttribute("href");
  expect((await page.goto(href!))?.status()).toBe(200);
});

test("a page whose database read fails answers 500 with the error page, not 200", async ({ page, request }) => {
  const { sources } = await (await request.get("/api/sources")).json();
  const sourceId: string = sources[0].id;
  // Inject a real database failure into the running server: hide the table every page reads.
  const db = createClient({ url: `file:${DATABASE_FILE}` });
  await db.execute('ALTER TABLE "Source" RENAME TO "Source_hidden_by_test"');
  try {
    for (const url of ["/", `/sources/${sourceId}`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBeGreaterThanOrEqual(500);
      expect(response?.status(), url).toBeLessThan(600);
      await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
      await expect(page.getByText(/Nothing was changed/)).toBeVisible();
    }
  } finally {
    await db.execute('ALTER TABLE "Source_hidden_by_test" RENAME TO "Source"');
    db.close();
  }
  expect((await page.goto("/"))?.status()).toBe(200);
});
