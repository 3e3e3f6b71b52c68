import { expect, test } from "@playwright/test";
import { seedStoryPath } from "./helpers";

const FILE = "003_99b86c2a8920ba6a.txt";
const PLAIN = `Unnamed source — ${FILE}`;

test("an article without an outlet is 'Unnamed source' beside its file name, wherever sources are named", async ({ page, request }) => {
  const story = await seedStoryPath(request);
  await page.goto("/");
  await expect(page.getByTestId("story-card")).toContainText("Unnamed source");

  await page.goto(story);
  const link = page.getByRole("rowheader").getByRole("link", { name: PLAIN, exact: true });
  await expect(link).toHaveText(`Unnamed source · 003_99b…txt — ${FILE}`); // the visible form, then the screen-reader form
  await expect(link.locator(`[title="${FILE}"]`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText(FILE);

  await page.goto(`${story}/compare`);
  await expect(page.getByRole("columnheader", { name: PLAIN, exact: true })).toBeVisible();

  await page.goto(`${story}/discrepancies`);
  await expect(page.getByTestId("discrepancy").getByText(/^Unnamed source/).first()).toBeVisible();

  await page.goto(`${story}/quotes`);
  await expect(page.getByTestId("quote-cluster").getByRole("link", { name: PLAIN, exact: true }).first()).toBeVisible();

  await page.goto(`${story}/factsheet`);
  await expect(page.getByRole("region", { name: "Sources", exact: true })).toContainText(`Unnamed source · 003_99b…txt`);
  await expect(page.getByRole("combobox", { name: "Outlet" })).toContainText(PLAIN);

  await page.goto(story);
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: PLAIN, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^Unnamed source — ${FILE.replace(".", "\\.")}`));
});

test("an article pasted with only a URL is 'Unnamed source' beside the URL's host", async ({ page, request }) => {
  const story = await seedStoryPath(request);
  await page.goto("/sources/new");
  await page.getByLabel("Article text").fill("The harbour bridge in Kellby reopened on Monday after three weeks of repairs, the council said.");
  await page.getByLabel("URL").fill("https://www.example.org/news/harbour-bridge");
  await page.getByLabel("Story", { exact: true }).selectOption(story.split("/").pop()!);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stored:" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Open the article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Unnamed source — example.org", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Unnamed source · example.org");

  await page.goto(story);
  const link = page.getByRole("rowheader").getByRole("link", { name: "Unnamed source — example.org", exact: true });
  await expect(link).toBeVisible();
  // Leaves the seed story as it was for the specs that count its articles.
  await link.click();
  await page.getByText("Remove this article…").click();
  await page.getByRole("button", { name: "Yes, remove this article" }).click();
  await expect(page).toHaveURL(/\/\?removed=1$/);
});
