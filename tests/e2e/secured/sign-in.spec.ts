import { expect, test } from "@playwright/test";
import { E2E_ADMIN_TOKEN, sessionCookieOf, signInThroughForm } from "./secured-server";

// Each of these `next` targets, redirected to as it was, leaves the site after sign-in.
const OFF_SITE_NEXT = ["/%5C127.0.0.1:3998/phish", "//127.0.0.1:3998/phish", "/%09/127.0.0.1:3998/phish", "http://127.0.0.1:3998/phish", "/.//127.0.0.1:3998/phish"];

test.describe("after sign-in the browser only goes to a page of this site", () => {
  for (const next of OFF_SITE_NEXT) {
    test(`next=${next} lands on the overview`, async ({ page, baseURL }) => {
      await signInThroughForm(page, `/login?next=${next}`);
      expect(new URL(page.url()).origin).toBe(baseURL);
      expect(new URL(page.url()).pathname).toBe("/");
    });
  }

  test("a target put straight into the form (not through the page) is checked by the server too", async ({ page, baseURL }) => {
    await page.goto("/login");
    await page.locator('input[name="next"]').evaluate((input: HTMLInputElement) => { input.value = "/\\127.0.0.1:3998/phish"; });
    await page.getByLabel("Admin token").fill(E2E_ADMIN_TOKEN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/login");
    expect(page.url()).toBe(`${baseURL}/`);
  });

  test("a page of this site is kept, with its query", async ({ page, baseURL }) => {
    await signInThroughForm(page, `/login?next=${encodeURIComponent("/discrepancies?kind=conflict")}`);
    expect(page.url()).toBe(`${baseURL}/discrepancies?kind=conflict`);
  });
});

test("every sign-in gets a new session, and the cookie from before sign-out no longer writes", async ({ page, request, baseURL }) => {
  const writeWith = (cookie: string) => request.delete("/api/sources/src_0000", { headers: { cookie: `claims_admin=${cookie}`, origin: baseURL! } });
  await signInThroughForm(page);
  const first = await sessionCookieOf(page);
  expect((await writeWith(first)).status(), "signed in: authorised, and no such source").toBe(404);

  await page.goto("/login");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  expect((await page.context().cookies()).some((c) => c.name === "claims_admin")).toBe(false);
  const replayed = await writeWith(first);
  expect(replayed.status(), "the cookie kept from before sign-out").toBe(401);

  await signInThroughForm(page);
  const second = await sessionCookieOf(page);
  expect(second).not.toBe(first);
  expect((await writeWith(second)).status()).toBe(404);
  expect((await writeWith(first)).status()).toBe(401);
});

test("sign-in allows a few wrong tokens a minute per client, then says when to try again", async ({ browser }) => {
  // Its own client address, so the throttle does not reach the other tests' sign-ins.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  const page = await context.newPage();
  const status = page.getByRole("status");
  // Each attempt on a freshly loaded form, so that one attempt's answer can never be read as the next one's.
  const attempt = async (token: string) => {
    await page.goto("/login");
    await page.getByLabel("Admin token").fill(token);
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`wrong-token-${i}-abcdef`);
    await expect(status).toHaveText("That token is not right.");
  }
  await attempt("wrong-token-5-abcdef");
  await expect(status).toHaveText(/^Too many sign-in attempts: try again in \d+ s\.$/);
  await attempt(E2E_ADMIN_TOKEN);
  await expect(status).toHaveText(/^Too many sign-in attempts: try again in \d+ s\.$/);
  expect(new URL(page.url()).pathname).toBe("/login");
  expect((await context.cookies()).some((c) => c.name === "claims_admin")).toBe(false);
  await context.close();
});
