import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN_TOKEN, OTHER_PORT_ORIGIN, sessionCookieOf, signInThroughForm } from "./secured-server";

const ARTICLE = "The lighthouse keeper said the lamp failed at dusk. “We saw the beam stop,” said Tomas Ferreira, who fishes nearby.";

/** A page on another port of the same host that posts a form to the app, as a hostile local page would. */
async function serveOtherPortPage(html: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

async function sourceCount(request: import("@playwright/test").APIRequestContext): Promise<number> {
  return (await (await request.get("/api/sources")).json()).sources.length;
}

test("a page on another port cannot post an article with the admin's cookie", async ({ page, request, baseURL }) => {
  await signInThroughForm(page);
  const before = await sourceCount(request);
  const { server, url } = await serveOtherPortPage(`<!doctype html><form method="post" enctype="multipart/form-data" action="${baseURL}/api/sources">
    <textarea name="text">${ARTICLE}</textarea><input name="outlet" value="Cove Herald"><button>Send</button></form>`);
  try {
    await page.goto(url);
    const answered = page.waitForResponse(`${baseURL}/api/sources`);
    await page.getByRole("button", { name: "Send" }).click();
    const response = await answered;
    expect((await response.request().allHeaders())["cookie"], "the browser did send the session cookie").toContain("claims_admin=");
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toMatch(/another site or port/);
  } finally {
    server.close();
  }
  expect(await sourceCount(request)).toBe(before);
});

test("an API write with the session cookie is refused from another origin and accepted from this one", async ({ page, request, baseURL }) => {
  await signInThroughForm(page);
  const cookie = `claims_admin=${await sessionCookieOf(page)}`;
  const send = (origin: string) => request.post("/api/sources", { headers: { cookie, origin }, data: { text: `${ARTICLE} Repairs began at once.`, outlet: "Cove Herald" } });
  const refused = await send(OTHER_PORT_ORIGIN);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toMatch(/another site or port/);
  const deleted = await request.delete("/api/sources/src_0000", { headers: { cookie, origin: OTHER_PORT_ORIGIN } });
  expect(deleted.status()).toBe(403);
  expect((await send(baseURL!)).status()).toBe(201);
});

test("a bearer-token client without Origin can still write", async ({ request }) => {
  const response = await request.delete("/api/sources/src_0000", { headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
  expect(response.status()).toBe(404);
});

test("a server action sent from another port is refused with 403, the same action from this site still runs", async ({ page, request, baseURL }) => {
  await page.goto("/login");
  await page.getByLabel("Admin token").fill("not-the-token-xyz");
  const sent = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Sign in" }).click();
  const action = await sent;
  const headers: Record<string, string> = { ...(await action.allHeaders()), "x-forwarded-for": "198.51.100.23" };
  for (const name of ["cookie", "content-length", "host", "origin"]) delete headers[name];
  const replay = (origin: string) => request.post("/login", { headers: { ...headers, origin }, data: action.postDataBuffer() ?? "" });

  const foreign = await replay(OTHER_PORT_ORIGIN);
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toMatch(/another site or port/);
  const same = await replay(baseURL!);
  expect(same.status()).toBe(200);
  expect(await same.text()).toContain("That token is not right.");
});
