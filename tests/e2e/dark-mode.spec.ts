import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { saveScreenshot, seedStoryPath } from "./helpers";

/** Relative luminance (0 black, 1 white) of an element's colour, read through a canvas so any colour syntax works. */
async function luminance(page: Page, selector: string, property: "backgroundColor" | "color"): Promise<number> {
  return page.locator(selector).first().evaluate((element, key) => {
    const context = document.createElement("canvas").getContext("2d")!;
    context.fillStyle = getComputedStyle(element)[key];
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }, property);
}

const backgroundLuminance = (page: Page, selector = "body") => luminance(page, selector, "backgroundColor");

async function expectNoAxeViolations(page: Page) {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.help} — ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
}

test.describe("with the system set to dark", () => {
  test.use({ colorScheme: "dark" });

  // Story pages are reached through the seed story; "" is its overview.
  const STORY_SEGMENTS = ["", "/claims?scope=all", "/compare", "/quotes", "/discrepancies", "/entities", "/factsheet"];
  for (const segment of STORY_SEGMENTS) {
    test(`the story page "${segment || "/"}" is dark and passes axe, colour contrast included`, async ({ page, request }) => {
      await page.goto(`${await seedStoryPath(request)}${segment}`);
      await expectNoAxeViolations(page);
      expect(await backgroundLuminance(page)).toBeLessThan(0.05);
      expect(await backgroundLuminance(page, "header")).toBeLessThan(0.05);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toContain("dark");
    });
  }

  for (const path of ["/", "/entities", "/sources/new", "/login"]) {
    test(`${path} is dark and passes axe`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
      expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    });
  }

  test("a source page with a linked passage: highlights stay readable and pass axe", async ({ page, request }) => {
    await page.goto(`${await seedStoryPath(request)}/discrepancies`);
    await page.getByTestId("discrepancy").first().getByRole("link", { name: /Open in the article/ }).first().click();
    await expect(page.locator("#highlight")).toBeAttached();
    await expect(page.locator('mark[data-kind="quote"]').first()).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    expect(await backgroundLuminance(page, "main article")).toBeLessThan(0.05);
  });

  test("an entity page is dark and passes axe", async ({ page, request }) => {
    await page.goto(`${await seedStoryPath(request)}/entities`);
    await page.getByRole("link", { name: "Jorge Glas", exact: true }).click();
    await expect(page.getByText("Printed as:")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("printing uses the light colours: paper is white", async ({ page }) => {
    await page.goto("/");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    expect(await backgroundLuminance(page, "[data-testid=story-card]")).toBeGreaterThan(0.8);
    expect(await luminance(page, "h1", "color")).toBeLessThan(0.05);
  });

  test("screenshots of the story list and the claims page in the dark scheme", async ({ page, request }, testInfo) => {
    await page.goto("/");
    const home = await saveScreenshot(page, "dark-home");
    await page.goto(`${await seedStoryPath(request)}/claims`);
    const claims = await saveScreenshot(page, "dark-claims", false);
    await testInfo.attach("dark-home", { path: home, contentType: "image/png" });
    await testInfo.attach("dark-claims", { path: claims, contentType: "image/png" });
  });
});

test.describe("with the system set to light", () => {
  test.use({ colorScheme: "light" });

  test("the same page is light: the scheme follows the setting", async ({ page }) => {
    await page.goto("/");
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
  });
});
