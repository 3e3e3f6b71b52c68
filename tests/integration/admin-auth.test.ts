import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAllRows, useThrowawayDatabase } from "./test-database";

const TOKEN = "integration-admin-token-5c1e";
const ARTICLE = "Officials said the footbridge reopened on Tuesday after nine days of repairs. “It took longer than planned,” said Ilse Varga, the site engineer.";

let session: typeof import("../../lib/auth/admin-session");
let db: typeof import("../../lib/db/client");
let sourcesRoute: typeof import("../../app/api/sources/route");
let sourceRoute: typeof import("../../app/api/sources/[id]/route");

beforeAll(async () => {
  await useThrowawayDatabase();
  process.env.ADMIN_TOKEN = TOKEN;
  session = await import("../../lib/auth/admin-session");
  db = await import("../../lib/db/client");
  sourcesRoute = await import("../../app/api/sources/route");
  sourceRoute = await import("../../app/api/sources/[id]/route");
});
afterAll(async () => {
  delete process.env.ADMIN_TOKEN;
  await db.disconnectPrisma();
});

/** Runs the probe as another process on the same database, as a second server or the CLI would. */
function probe(...args: string[]): Record<string, unknown> {
  const run = spawnSync("npx", ["tsx", "tests/integration/admin-session-probe.ts", ...args], { encoding: "utf8", env: process.env });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split("\n").pop()!);
}

describe("admin sessions", () => {
  it("each sign-in is a new random id with an expiry, stored only as its hash", async () => {
    const now = new Date();
    const first = await session.openAdminSession(now);
    const second = await session.openAdminSession(now);
    expect(first.cookieValue).not.toBe(second.cookieValue);
    expect(first.expiresAt.getTime()).toBe(now.getTime() + session.SESSION_LIFETIME_MS);
    const ids = (await db.getPrisma().adminSession.findMany({ select: { id: true } })).map((row) => row.id);
    expect(ids).toContain(session.hashSessionId(first.cookieValue));
    expect(ids).not.toContain(first.cookieValue);
    expect(await session.isLiveAdminSession(first.cookieValue)).toBe(true);
    expect(await session.isLiveAdminSession(second.cookieValue)).toBe(true);
  });

  it("sign-out revokes the session on the server: the same cookie stops authorising, other sessions stay", async () => {
    const mine = await session.openAdminSession();
    const other = await session.openAdminSession();
    await session.closeAdminSession(mine.cookieValue);
    expect(await session.isLiveAdminSession(mine.cookieValue)).toBe(false);
    expect(await session.isLiveAdminSession(other.cookieValue)).toBe(true);
  });

  it("an expired session, a session of another ADMIN_TOKEN and made-up cookies do not authorise", async () => {
    const lifetimeAgo = new Date(Date.now() - session.SESSION_LIFETIME_MS - 1000);
    const expired = await session.openAdminSession(lifetimeAgo);
    expect(await session.isLiveAdminSession(expired.cookieValue)).toBe(false);

    const beforeRotation = await session.openAdminSession();
    process.env.ADMIN_TOKEN = "a-rotated-admin-token-77";
    try {
      expect(await session.isLiveAdminSession(beforeRotation.cookieValue)).toBe(false);
    } finally {
      process.env.ADMIN_TOKEN = TOKEN;
    }
    expect(await session.isLiveAdminSession(beforeRotation.cookieValue)).toBe(true);

    const { createHmac } = await import("node:crypto");
    const oldStyleCookie = createHmac("sha256", TOKEN).update("claims-admin-session-v1").digest("hex");
    for (const forged of [oldStyleCookie, "A".repeat(43), "", null, undefined]) {
      expect(await session.isLiveAdminSession(forged)).toBe(false);
    }
  });

  it("another process on the same database sees a sign-in and a sign-out at once", async () => {
    const here = await session.openAdminSession();
    expect(probe("check", here.cookieValue)).toEqual({ live: true });
    await session.closeAdminSession(here.cookieValue);
    expect(probe("check", here.cookieValue)).toEqual({ live: false });

    const there = String(probe("open").cookie);
    expect(await session.isLiveAdminSession(there)).toBe(true);
    probe("close", there);
    expect(await session.isLiveAdminSession(there)).toBe(false);
  });
});

describe("API writes signed in by cookie must come from this site", () => {
  const SITE = "http://claims.test";
  let cookie = "";

  beforeAll(async () => {
    cookie = `claims_admin=${(await session.openAdminSession()).cookieValue}`;
  });

  const post = (headers: Record<string, string>, text = ARTICLE) =>
    sourcesRoute.POST(new Request(`${SITE}/api/sources`, {
      method: "POST",
      headers: { "content-type": "application/json", host: "claims.test", ...headers },
      body: JSON.stringify({ text, outlet: "Harbour Gazette" }),
    }));
  const remove = (id: string, headers: Record<string, string>) =>
    sourceRoute.DELETE(new Request(`${SITE}/api/sources/${id}`, { method: "DELETE", headers: { host: "claims.test", ...headers } }), { params: Promise.resolve({ id }) });

  const FOREIGN: Array<[string, Record<string, string>]> = [
    ["another port of the same host", { origin: "http://claims.test:3998" }],
    ["another host", { origin: "http://elsewhere.test" }],
    ["a sandboxed frame (Origin: null)", { origin: "null" }],
    ["a same-site page without Origin", { "sec-fetch-site": "same-site" }],
  ];

  for (const [name, headers] of FOREIGN) {
    it(`refuses a cookie-authenticated POST from ${name} with 403 and stores nothing`, async () => {
      const before = await countAllRows();
      const response = await post({ cookie, ...headers });
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatch(/another site or port/);
      expect(await countAllRows()).toEqual(before);
    });
  }

  it("refuses a cookie without any Origin (not sent by a page of this site) with 403", async () => {
    const response = await post({ cookie });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/no Origin header.*Bearer/);
  });

  it("accepts the cookie from this site's own pages, and a DELETE only from them", async () => {
    const created = await post({ cookie, origin: SITE });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const foreign = await remove(id, { cookie, origin: "http://claims.test:3998" });
    expect(foreign.status).toBe(403);
    expect((await sourceRoute.GET(new Request(`${SITE}/api/sources/${id}`), { params: Promise.resolve({ id }) })).status).toBe(200);
    expect((await remove(id, { cookie, origin: SITE })).status).toBe(204);
  });

  it("keeps bearer-token clients without Origin working, and refuses a wrong token with 401", async () => {
    expect((await post({ authorization: `Bearer ${TOKEN}` }, `${ARTICLE} The ferry ran again the next day.`)).status).toBe(201);
    expect((await post({ authorization: "Bearer not-the-admin-token" })).status).toBe(401);
  });

  it("refuses the cookie after sign-out with 401", async () => {
    const own = await session.openAdminSession();
    const ownCookie = `claims_admin=${own.cookieValue}`;
    expect((await remove("src_0000", { cookie: ownCookie, origin: SITE })).status).toBe(404);
    await session.closeAdminSession(own.cookieValue);
    const after = await remove("src_0000", { cookie: ownCookie, origin: SITE });
    expect(after.status).toBe(401);
    expect((await after.json()).error).toMatch(/sign in at \/login/);
  });

  it("without ADMIN_TOKEN, writes stay open to API clients but not to pages of other sites", async () => {
    delete process.env.ADMIN_TOKEN;
    try {
      expect((await remove("src_0000", { origin: "http://claims.test:3998" })).status).toBe(403);
      expect((await remove("src_0000", {})).status).toBe(404);
      expect((await remove("src_0000", { origin: SITE })).status).toBe(404);
    } finally {
      process.env.ADMIN_TOKEN = TOKEN;
    }
  });
});
