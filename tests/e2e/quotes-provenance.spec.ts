import { expect, test } from "@playwright/test";
import { saveScreenshot, seedStoryPath } from "./helpers";

test("the quote-fidelity view tells punctuation-only changes from identical quotes", async ({ page }) => {
  await page.goto("/quotes");
  const punctuation = page.getByTestId("quote-cluster").filter({ hasText: "This is not possible" });
  await expect(punctuation).toHaveAttribute("data-kind", "punctuation");
  await expect(punctuation).toContainText("punctuation differs");
  await expect(punctuation.locator("ins, del").first()).toBeVisible();
  const identical = page.getByTestId("quote-cluster").filter({ hasText: "It is barbarism" });
  await expect(identical).toContainText("same words and punctuation");
  await saveScreenshot(page, "quotes");
});

test("a source page shows who the article relies on, linking a cited outlet that is stored too", async ({ page, request }) => {
  await page.goto(await seedStoryPath(request));
  await page.getByRole("link", { name: "Latin Post", exact: true }).click();
  const provenance = page.getByRole("region", { name: "Provenance" });
  await expect(provenance).toContainText("CNN");
  await provenance.getByRole("link", { name: "stored here" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "CNN" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Provenance" })).toContainText("Latin Post");
});
