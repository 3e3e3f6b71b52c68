import { expect, test } from "@playwright/test";

test("a reviewer confirms a discrepancy and the verdict survives a reload", async ({ page }) => {
  await page.goto("/discrepancies");
  const card = page.getByTestId("discrepancy").first();
  const id = await card.getAttribute("id");
  expect(id).toBeTruthy();
  await card.getByLabel("Confirmed").check();
  await card.getByLabel("Note (optional)").fill("Checked against both articles");
  await card.getByRole("button", { name: "Save review" }).click();
  await expect(card.getByRole("status")).toHaveText("Saved: confirmed");

  await page.reload();
  const reloaded = page.locator(`[id="${id}"]`);
  await expect(reloaded.getByTestId("review-status")).toHaveText("Confirmed");
  await expect(reloaded.getByLabel("Confirmed")).toBeChecked();
  await expect(reloaded).toContainText("Checked against both articles");

  await page.goto("/discrepancies?status=confirmed");
  await expect(page.getByTestId("discrepancy")).toHaveCount(1);
  await expect(page.locator(`[id="${id}"]`)).toBeVisible();
});
