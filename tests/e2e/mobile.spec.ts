import { expect, test } from "@playwright/test";
import { saveScreenshot, seedStoryPath } from "./helpers";

// Old addresses (/claims, …) lead to the seed story's pages; "story" is that story's overview.
for (const path of ["/", "story", "/claims", "/compare", "/quotes", "/discrepancies"]) {
  test(`${path} fits a phone screen without sideways scrolling`, async ({ page, request }) => {
    await page.goto(path === "story" ? await seedStoryPath(request) : path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    // A control can stick out of its card without widening the page (a select as wide as its longest option).
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll("main select, main input, main button")]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth - 8)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(outside).toEqual([]);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    if (path !== "/") await expect(page.getByRole("navigation", { name: "Story" })).toBeVisible();
    await saveScreenshot(page, `phone${path === "/" ? "-stories" : path === "story" ? "-story" : path.replace(/\//g, "-")}`, false);
  });
}
