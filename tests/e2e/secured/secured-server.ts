import { expect, type Page } from "@playwright/test";

/** The ADMIN_TOKEN of the second end-to-end server (playwright.config.ts starts it with this token). */
export const E2E_ADMIN_TOKEN = "e2e-secured-admin-token-4d2a";

/** Another port of the same host: SameSite cookies treat it as the same site, Origin checks must not. */
export const OTHER_PORT_ORIGIN = "http://127.0.0.1:3998";

/** Signs in through /login, as a person would, and waits for the redirect that follows. */
export async function signInThroughForm(page: Page, loginPath = "/login"): Promise<void> {
  await page.goto(loginPath);
  await page.getByLabel("Admin token").fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

export async function sessionCookieOf(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === "claims_admin");
  expect(cookie, "the sign-in set the session cookie").toBeDefined();
  return cookie!.value;
}
