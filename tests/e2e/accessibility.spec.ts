import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { seedStoryPath } from "./helpers";

// Old addresses (/claims, …) lead to the seed story's pages.
const PAGES = ["/", "/?q=no-such-story", "/claims", "/claims?scope=all", "/compare", "/quotes", "/discrepancies", "/entities", "/factsheet", "/sources/new", "/login"];

for (const path of PAGES) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.help}`)).toEqual([]);
  });
}

for (const segment of ["", "/entities", "/factsheet"]) {
  test(`no axe violations on the seed story's page "${segment || "/"}"`, async ({ page, request }) => {
    await page.goto(`${await seedStoryPath(request)}${segment}`);
    await expect(page.getByRole("navigation", { name: "Story" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.help}`)).toEqual([]);
  });
}

test("no axe violations on a source page and an entity page", async ({ page, request }) => {
  await page.goto(await seedStoryPath(request));
  await page.getByRole("link", { name: "CNN", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "CNN" })).toBeVisible();
  let results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("region", { name: "Entities" }).getByRole("link").first().click();
  await expect(page.getByText("Printed as:")).toBeVisible();
  results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("the keyboard reaches the skip link and the main navigation", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
