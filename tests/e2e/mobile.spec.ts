import { expect, test } from "@playwright/test";
import { saveScreenshot } from "./helpers";

for (const path of ["/", "/claims", "/discrepancies"]) {
  test(`${path} fits a phone screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await saveScreenshot(page, `phone${path === "/" ? "-overview" : path.replace(/\//g, "-")}`, false);
  });
}
