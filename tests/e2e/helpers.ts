import { mkdirSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";

export const SCREENSHOT_DIR = path.resolve("tests/output/screenshots");

/** Saves a full-page screenshot where the test output is kept, and returns its path. */
export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.getByRole("heading", { level: 1 }).first().waitFor(); // past any loading state
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** The seeds form one story: its address (/stories/ID), read from where an old address redirects. */
export async function seedStoryPath(request: APIRequestContext): Promise<string> {
  const response = await request.get("/claims", { maxRedirects: 0 });
  const location = response.headers()["location"] ?? "";
  const match = /\/stories\/[^/?#]+/.exec(location);
  if (!match) throw new Error(`/claims did not redirect to a story (status ${response.status()}, location "${location}")`);
  return match[0];
}
