import { expect, test } from "@playwright/test";
import { saveScreenshot, seedStoryPath } from "./helpers";

test("the story overview lists the three seed sources with their metadata and flags discrepancies", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("story-card").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/stories\/sty_[0-9a-z]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("3 outlets");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4); // header + 3 sources
  await expect(page.getByRole("rowheader", { name: /Latin Post/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /CNN/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Rick Martin" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "2024-04-06" })).toBeVisible();
  await expect(page.getByTestId("discrepancy").first()).toBeVisible();
  await saveScreenshot(page, "overview");
});

test("a source page shows the stored text with quotes highlighted from their offsets, and its story", async ({ page, request }) => {
  const story = await seedStoryPath(request);
  await page.goto(story);
  await page.getByRole("link", { name: "CNN", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "CNN" })).toBeVisible();
  await expect(page.locator('mark[data-kind="quote"]').filter({ hasText: "It is barbarism" })).toBeVisible();
  await expect(page.getByText("WATCH:")).toHaveCount(0);
  await saveScreenshot(page, "source");
  await page.getByRole("article").getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`${story}$`));
});
