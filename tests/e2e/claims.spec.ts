import { expect, test } from "@playwright/test";
import { saveScreenshot } from "./helpers";

test("one person's title as two outlets wrote it, side by side", async ({ page }, testInfo) => {
  await page.goto("/claims");
  await page.getByLabel("Subject").fill("Canseco");
  await page.getByRole("button", { name: "Apply" }).click();
  const row = page.getByTestId("claim-group").filter({ has: page.getByRole("heading", { name: /Roberto Canseco · Role/ }) });
  await expect(row).toHaveCount(1);
  const latinPost = row.getByTestId("claim-cell").filter({ hasText: "Latin Post" });
  // The article names no outlet: its column says so, with its file name beside it.
  const independent = row.locator('[data-testid="claim-cell"][data-outlet="Unnamed source — 003_99b86c2a8920ba6a.txt"]');
  await expect(independent.locator("p").first()).toContainText("Unnamed source · 003_99b…txt");
  await expect(latinPost).toContainText("head of chancellery and policy affairs of the Mexican embassy");
  await expect(independent).toContainText("head of the Mexican consular section in Quito");
  const box = [await latinPost.boundingBox(), await independent.boundingBox()];
  expect(Math.abs((box[0]?.y ?? 0) - (box[1]?.y ?? 1))).toBeLessThan(5); // same row on a desktop screen

  await page.goto("/claims");
  const file = await saveScreenshot(page, "claims");
  await testInfo.attach("claims", { path: file, contentType: "image/png" });
});

test("the claim-by-outlet matrix and coverage chart show agreement, conflict and gaps", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByRole("img", { name: /Coverage by outlet/ })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Roberto Canseco · Role/ }) });
  await expect(row.locator('td[data-state="conflict"]').first()).toBeVisible();
  await expect(page.locator('td[data-state="missing"]').first()).toBeVisible();
  const link = row.locator('td[data-state="conflict"] a').first();
  await link.click();
  await expect(page.locator("#highlight")).toBeAttached();
  await page.goto("/compare");
  await saveScreenshot(page, "compare");
});

test("an entity page shows the forms each outlet printed and what each says of the person", async ({ page }) => {
  await page.goto("/claims?subject=Canseco");
  await page.getByTestId("claim-group").getByRole("link", { name: "Roberto Canseco" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Roberto Canseco" })).toBeVisible();
  await expect(page.getByText("Printed as:")).toBeVisible();
  await expect(page.getByText(/Named by 3 of 3 sources/)).toBeVisible();
  const latinPost = page.getByRole("region", { name: "Latin Post" });
  await expect(latinPost).toContainText("head of chancellery and policy affairs of the Mexican embassy");
  await expect(latinPost.getByText("Quoted as saying")).toBeVisible();
  const independent = page.getByRole("region", { name: "Unnamed source — 003_99b86c2a8920ba6a.txt", exact: true });
  await expect(independent).toContainText("head of the Mexican consular section in Quito");
  await independent.getByRole("link", { name: /Open in the article/ }).first().click();
  await expect(page.locator("#highlight")).toBeAttached();
  await saveScreenshot(page, "entity-source-link");
});
