import { expect, test } from "@playwright/test";
import { saveScreenshot, seedStoryPath } from "./helpers";

const HOSTILE = [
  "Council members said the harbour bridge reopened on Monday after repairs.",
  "",
  "<script>window.__pwned = 'script'</script> The mayor, Ines Calder, said the work cost 3 million euros.",
  "",
  "“We are glad it is over,” said Ines Calder. <img src=x onerror=\"window.__pwned='onerror'\"> [Read more](javascript:window.__pwned='link')",
].join("\n");

test("a pasted article with scripts is stored as text, runs nothing, joins the comparison, and can be removed", async ({ page, request }) => {
  const story = await seedStoryPath(request);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto("/sources/new");
  await page.getByLabel("Article text").fill(HOSTILE);
  await page.getByLabel("Outlet").fill("Script Test Gazette");
  // Joins the seed story, so that the old addresses still lead to the one story.
  await page.getByLabel("Story", { exact: true }).selectOption(story.split("/").pop()!);
  await page.getByLabel("Published (YYYY-MM-DD)").fill("2024-02-30");
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.locator("#published-error")).toContainText("Not a real calendar date");
  await expect(page.getByLabel("Article text")).toHaveValue(HOSTILE); // nothing the person typed is lost

  await page.getByLabel("Published (YYYY-MM-DD)").fill("2024-05-06");
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stored:" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Open the article" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Script Test Gazette" })).toBeVisible();
  await expect(page.getByText("<script>window.__pwned = 'script'</script>", { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator("article script, article img, article a[href^='javascript']").count()).toBe(0);
  expect(dialogs).toEqual([]);
  await saveScreenshot(page, "hostile-article");

  await page.goto("/claims?scope=all");
  await expect(page.getByTestId("claim-cell").filter({ hasText: "Script Test Gazette" }).first()).toBeVisible();

  await page.goto(story);
  await page.getByRole("link", { name: "Script Test Gazette" }).click();
  await page.getByText("Remove this article…").click();
  await page.getByRole("button", { name: "Yes, remove this article" }).click();
  await expect(page).toHaveURL(/\/\?removed=1$/);
  await page.goto(story);
  await expect(page.getByRole("rowheader", { name: /Script Test Gazette/ })).toHaveCount(0);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);
});
