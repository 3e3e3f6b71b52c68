import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ZFactSheet } from "../../lib/schemas/fact-sheet";

test("the fact sheet downloads as JSON that validates, with exact offsets", async ({ page }) => {
  await page.goto("/factsheet");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download JSON" }).click()]);
  expect(download.suggestedFilename()).toBe("fact-sheet.json");
  const sheet = ZFactSheet.parse(JSON.parse(await readFile(await download.path(), "utf8")));
  expect(sheet.sources).toHaveLength(3);
  expect(sheet.quotes.length).toBeGreaterThan(5);
  expect(sheet.discrepancies.length).toBeGreaterThan(0);
  const texts = new Map(sheet.sources.map((s) => [s.id, s.text]));
  for (const q of sheet.quotes) expect(texts.get(q.sourceId)?.slice(q.start, q.end)).toBe(q.text);
});

test("the fact sheet downloads as Markdown with citations", async ({ page }) => {
  await page.goto("/factsheet");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download Markdown" }).click()]);
  const markdown = await readFile(await download.path(), "utf8");
  expect(markdown).toMatch(/^# Fact sheet/);
  expect(markdown).toContain("## Discrepancies");
  expect(markdown).toMatch(/” \(Latin Post, src_[0-9a-f]+ chars \d+–\d+\)/);
});

test("every format downloads from the browser, narrowed by the chosen options", async ({ page }) => {
  await page.goto("/factsheet");
  await page.getByLabel("Outlet", { exact: true }).selectOption({ label: "CNN" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/outlet=src_/);
  const expected = [
    ["Download CSV", "fact-sheet.csv", /^\uFEFF"source_id"/],
    ["Download ClaimReview (JSON-LD)", "fact-sheet.claimreview.jsonld", /^\[/],
    ["Download PDF", "fact-sheet.pdf", /^%PDF-/],
  ] as const;
  for (const [name, file, start] of expected) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    expect(download.suggestedFilename()).toBe(file);
    const body = await readFile(await download.path(), "utf8");
    expect(body).toMatch(start);
    if (file.endsWith(".csv")) expect(body).not.toContain('"Latin Post"');
  }
});
