import { expect, test, type Page } from "@playwright/test";
import { saveScreenshot, seedStoryPath } from "./helpers";

/** The sticky bar that holds the contradiction form (its toggle on a phone). */
const flagBar = (page: Page) => page.locator("div.sticky").filter({ has: page.locator("#flag-form") });

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test("the flag bar is one button, and the form it opens is usable by keyboard", async ({ page, request }) => {
    await page.goto(`${await seedStoryPath(request)}/claims?scope=all`);
    const toggle = page.getByRole("button", { name: /^Flag a contradiction/ });
    const kind = page.getByRole("combobox", { name: /^Kind/ });
    await expect(toggle).toHaveText(/\(0 selected\)/);
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(kind).toBeHidden();
    const closed = (await flagBar(page).boundingBox())!;
    expect(closed.height).toBeLessThan(844 * 0.1); // it was about a quarter of the screen

    // Claims are ticked where they are; the button counts them.
    const boxes = page.getByRole("checkbox", { name: /Select/ });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect(toggle).toHaveText(/\(2 selected\)/);
    await page.evaluate(() => window.scrollTo(0, 0));
    // Not "phone-claims": mobile.spec.ts saves that name on the Pixel 7 project.
    await saveScreenshot(page, "phone-claims-flag-bar", false);

    // The keyboard reaches the button after the claims, opens the form, and Escape closes it.
    await boxes.last().focus();
    for (let i = 0; i < 6 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(toggle).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(kind).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(kind).toBeHidden();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toBeFocused();

    // Sent by keyboard with one claim ticked: the form answers in view and stores nothing.
    await boxes.nth(1).uncheck();
    await expect(toggle).toHaveText(/\(1 selected\)/);
    await toggle.focus();
    await page.keyboard.press("Space");
    await expect(kind).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("only one claim");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Flag selected claims" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Select at least two claims to compare" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(kind).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Select at least two claims to compare" })).toBeVisible();
  });
});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the flag form stays open at the bottom, with no button in front of it", async ({ page, request }) => {
    await page.goto(`${await seedStoryPath(request)}/claims?scope=all`);
    await expect(page.getByRole("combobox", { name: /^Kind/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Flag selected claims" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Flag a contradiction/ })).toBeHidden();
  });
});
