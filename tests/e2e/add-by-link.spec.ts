import { expect, test } from "@playwright/test";
import { saveScreenshot, seedStoryPath } from "./helpers";
import { FIXTURE_SITE_ORIGIN } from "./fixture-site";

test("a link pasted on /sources/new is fetched and stored with the outlet, date and byline its page states", async ({ page, request }) => {
  const story = await seedStoryPath(request);
  await page.goto("/sources/new");
  await page.getByLabel("Link to the article").fill(`${FIXTURE_SITE_ORIGIN}/jsonld-article.html`);
  // Joins the seed story and is removed at the end, so the other tests still see one story of three articles.
  await page.getByLabel("Story", { exact: true }).selectOption(story.split("/").pop()!);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stored:" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Open the article" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Ambry Valley Courier" })).toBeVisible();
  const details = page.locator("dl").first();
  await expect(details).toContainText("Mara Quill and Tomas Brell");
  await expect(details).toContainText("2024-11-07");
  await expect(details).toContainText("https://ambry-courier.example/news/2024/11/07/kestrel-ford-flood");
  await expect(page.getByText(/412 residents/).first()).toBeVisible();
  await saveScreenshot(page, "added-by-link");

  await page.getByText("Remove this article…").click();
  await page.getByRole("button", { name: "Yes, remove this article" }).click();
  await expect(page).toHaveURL(/\/\?removed=1$/);
});

test("a link into a private network is refused at the link field, and nothing typed is lost", async ({ page }) => {
  await page.goto("/sources/new");
  await page.getByLabel("Link to the article").fill("http://169.254.169.254/latest/meta-data/");
  await page.getByLabel("Outlet").fill("Somewhere Internal");
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.locator("#link-error")).toContainText(/metadata/i);
  await expect(page.getByLabel("Link to the article")).toHaveValue("http://169.254.169.254/latest/meta-data/");
  await expect(page.getByLabel("Outlet")).toHaveValue("Somewhere Internal");
  await expect(page.getByLabel("Link to the article")).toHaveAttribute("aria-invalid", "true");
});
