import { expect, test, type Page, type Response } from "@playwright/test";

/** Every page kind, including those that used to be prerendered at build time (/sources/new, the 404 page). */
const PAGES = ["/", "/claims", "/compare", "/quotes", "/discrepancies", "/entities", "/factsheet", "/sources/new", "/login", "/no-such-page-here"];

function scriptSources(policy: string): string[] {
  const directive = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "));
  expect(directive, `a script-src directive in ${policy}`).toBeDefined();
  return directive!.split(/\s+/).slice(1);
}

/** Records every CSP violation the page reports (the init script itself is exempt from the page's CSP). */
async function watchViolations(page: Page): Promise<string[]> {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return messages;
}

async function expectNonceOnEveryScript(response: Response): Promise<void> {
  const policy = response.headers()["content-security-policy"];
  expect(policy).toBeDefined();
  const sources = scriptSources(policy);
  expect(sources).not.toContain("'unsafe-inline'");
  expect(sources).not.toContain("'unsafe-eval'");
  expect(sources).toContain("'self'");
  const nonce = sources.find((s) => s.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce, "a nonce in script-src").toBeTruthy();
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["referrer-policy"]).toBe("same-origin");
}

/** React attaches its fiber to the DOM once the page's scripts ran and hydrated it. */
async function expectHydrated(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith("__react")))).toBe(true);
}

test("every page's scripts carry the response's nonce and no inline script is allowed without it", async ({ page, request }) => {
  const violations = await watchViolations(page);
  const { sources } = await (await request.get("/api/sources")).json();
  const detailPages = [`/sources/${sources[0].id}`];
  await page.goto("/entities");
  const entityLink = await page.locator('main a[href^="/entities/"]').first().getAttribute("href");
  if (entityLink) detailPages.push(entityLink);
  const nonces = new Set<string>();
  for (const path of [...PAGES, ...detailPages]) {
    const response = await page.goto(path);
    expect(response, path).not.toBeNull();
    await expectNonceOnEveryScript(response!);
    await expectHydrated(page);
    nonces.add(/'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"])![1]);
  }
  expect(nonces.size, "a fresh nonce for every response").toBe(PAGES.length + detailPages.length);
  expect(violations).toEqual([]);
});

test("client-side navigation and a form keep working under the policy", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/");
  await expectHydrated(page);
  await page.getByTestId("story-card").first().getByRole("heading").getByRole("link").click();
  await page.getByRole("navigation", { name: "Story" }).getByRole("link", { name: "Claims" }).click();
  await expect(page).toHaveURL(/\/stories\/sty_[0-9a-z]+\/claims$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/sources\/new$/);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByText(/Give a link to the article, paste its text or choose a file/).first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("an inline script without the nonce is blocked", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/");
  await expectHydrated(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true;";
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test("API responses carry a policy that lets nothing run and keeps the other headers", async ({ request }) => {
  const response = await request.get("/api/sources");
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
