import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ZFactSheet } from "../../lib/schemas/fact-sheet";
import { saveScreenshot } from "./helpers";

test("a reviewer confirms one discrepancy, dismisses another, flags a missed one, and the fact sheet carries all three", async ({ page }) => {
  await page.goto("/discrepancies");
  const cards = page.getByTestId("discrepancy");
  const confirmedId = (await cards.nth(0).getAttribute("id"))!;
  const dismissedId = (await cards.nth(1).getAttribute("id"))!;

  const first = page.locator(`[id="${confirmedId}"]`);
  await first.getByLabel("Confirmed").check();
  await first.getByLabel("Note (optional)").fill("Checked against both articles");
  await first.getByRole("button", { name: "Save review" }).click();
  await expect(first.getByRole("status")).toHaveText("Saved: confirmed");

  const second = page.locator(`[id="${dismissedId}"]`);
  await second.getByLabel("Dismissed").check();
  await second.getByRole("button", { name: "Save review" }).click();
  await expect(second.getByRole("status")).toHaveText("Saved: dismissed");

  await page.reload();
  await expect(page.locator(`[id="${confirmedId}"]`).getByTestId("review-status")).toHaveText("Confirmed");
  await expect(page.locator(`[id="${confirmedId}"]`).getByLabel("Confirmed")).toBeChecked();
  await expect(page.locator(`[id="${confirmedId}"]`)).toContainText("Checked against both articles");
  await expect(page.locator(`[id="${dismissedId}"]`).getByTestId("review-status")).toHaveText("Dismissed");

  await page.goto("/discrepancies?status=confirmed");
  await expect(page.getByTestId("discrepancy")).toHaveCount(1);

  // A contradiction the app did not flag: tick two claims from different outlets.
  await page.goto("/claims?scope=all");
  const boxes = page.getByRole("checkbox", { name: /Select/ });
  await boxes.nth(0).check();
  const firstOutlet = await boxes.nth(0).locator("xpath=ancestor::*[@data-testid='claim-cell']").getAttribute("data-outlet");
  const other = page.locator(`[data-testid="claim-cell"]:not([data-outlet="${firstOutlet}"])`).getByRole("checkbox").first();
  await other.check();
  await page.getByLabel("Note", { exact: true }).fill("Reviewer sees a contradiction");
  await page.getByRole("button", { name: "Flag selected claims" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Flagged." })).toBeVisible();

  await page.goto("/discrepancies");
  await expect(page.getByTestId("discrepancy").filter({ hasText: "Flagged by a reviewer" })).toHaveCount(1);
  await saveScreenshot(page, "discrepancies");

  await page.goto("/factsheet");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download JSON" }).click()]);
  const sheet = ZFactSheet.parse(JSON.parse(await readFile(await download.path(), "utf8")));
  const status = (id: string) => sheet.discrepancies.find((d) => d.id === id)?.reviewStatus;
  expect(status(confirmedId)).toBe("confirmed");
  expect(status(dismissedId)).toBe("dismissed");
  const manual = sheet.discrepancies.filter((d) => d.origin === "manual");
  expect(manual).toHaveLength(1);
  expect(manual[0]).toMatchObject({ reviewStatus: "confirmed", reviewNote: "Reviewer sees a contradiction" });
  expect(new Set(manual[0].items.map((i) => i.sourceId)).size).toBe(2);
  await expect(page.getByTestId("fact-sheet")).toContainText("flagged by a reviewer");
});
