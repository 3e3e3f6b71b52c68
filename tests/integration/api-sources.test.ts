import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAllRows, useThrowawayDatabase } from "./test-database";

type TRoute = typeof import("../../app/api/sources/route");
let route: TRoute;
let itemRoute: typeof import("../../app/api/sources/[id]/route");
let db: typeof import("../../lib/db/client");
const seed = readFileSync(path.resolve("seeds/003_99b86c2a8920ba6a.txt"), "utf8");
const GOOD = "Officials said the bridge reopened on Monday after two weeks of repairs. “We are relieved,” said Maria Torres, who runs a bakery nearby.";

function postJson(body: unknown, headers: Record<string, string> = {}) {
  return route.POST(new Request("http://test/api/sources", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  }));
}

function postForm(fields: Record<string, string | Blob>, fileName?: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (v instanceof Blob) form.set(k, v, fileName ?? "upload.txt");
    else form.set(k, v);
  }
  return route.POST(new Request("http://test/api/sources", { method: "POST", body: form }));
}

beforeAll(async () => {
  await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  route = await import("../../app/api/sources/route");
  itemRoute = await import("../../app/api/sources/[id]/route");
  const created = await postJson({ text: seed, fileName: "003_99b86c2a8920ba6a.txt" });
  expect(created.status).toBe(201);
});
afterAll(async () => db.disconnectPrisma());

const BAD_CASES: Array<{ name: string; send: () => Promise<Response>; status: number; message: RegExp }> = [
  { name: "no body", send: () => route.POST(new Request("http://test/api/sources", { method: "POST" })), status: 400, message: /JSON|multipart/ },
  { name: "malformed JSON", send: () => postJson("{not json"), status: 400, message: /JSON/ },
  { name: "JSON array instead of object", send: () => postJson([GOOD]), status: 400, message: /fields/ },
  { name: "missing text", send: () => postJson({ outlet: "X" }), status: 400, message: /fields/ },
  { name: "empty text", send: () => postJson({ text: "" }), status: 400, message: /fields/ },
  { name: "whitespace-only text", send: () => postJson({ text: "   \n\t  " }), status: 400, message: /fields/ },
  { name: "one character", send: () => postJson({ text: "a" }), status: 400, message: /no words/ },
  { name: "digits and punctuation only", send: () => postJson({ text: "12345 !!! 678" }), status: 400, message: /no words/ },
  { name: "text with NUL bytes", send: () => postJson({ text: "Hello\u0000world said someone." }), status: 400, message: /NUL/ },
  { name: "text as a number", send: () => postJson({ text: 42 }), status: 400, message: /fields/ },
  { name: "outlet as an object", send: () => postJson({ text: GOOD, outlet: { name: "X" } }), status: 400, message: /fields/ },
  { name: "published not a date", send: () => postJson({ text: GOOD, published: "yesterday" }), status: 400, message: /fields/ },
  { name: "impossible date", send: () => postJson({ text: GOOD, published: "2024-02-30" }), status: 400, message: /fields/ },
  { name: "month 13", send: () => postJson({ text: GOOD, published: "2024-13-01" }), status: 400, message: /fields/ },
  { name: "URL that is not one", send: () => postJson({ text: GOOD, url: "not a url" }), status: 400, message: /fields/ },
  { name: "javascript: URL", send: () => postJson({ text: GOOD, url: "javascript:alert(1)" }), status: 400, message: /fields/ },
  { name: "outlet too long", send: () => postJson({ text: GOOD, outlet: "x".repeat(201) }), status: 400, message: /fields/ },
  { name: "unknown format", send: () => postJson({ text: GOOD, format: "pdf" }), status: 400, message: /fields/ },
  { name: "malformed front matter", send: () => postJson({ text: "---\noutlet: [oops\n---\nSomeone said a thing here." }), status: 400, message: /front matter/i },
  { name: "HTML with no article text", send: () => postJson({ text: "<html><body><script>alert(1)</script></body></html>", format: "html" }), status: 400, message: /no article text|no words/ },
  { name: "over the size limit (JSON)", send: () => postJson({ text: "word ".repeat(600_000) }), status: 413, message: /limit/ },
  { name: "declared body over the limit", send: () => route.POST(new Request("http://test/api/sources", { method: "POST", headers: { "content-length": String(60 * 1024 * 1024), "content-type": "application/json" }, body: "{}" })), status: 413, message: /limited/ },
  { name: "multipart: empty file and no text", send: () => postForm({ file: new Blob([]) }), status: 400, message: /fields/ },
  { name: "multipart: binary file", send: () => postForm({ file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])]) }, "photo.txt"), status: 400, message: /NUL/ },
  { name: "multipart: invalid UTF-8", send: () => postForm({ file: new Blob([new Uint8Array([0x41, 0xff, 0xfe, 0x42])]) }, "latin.txt"), status: 400, message: /UTF-8/ },
  { name: "multipart: unsupported extension", send: () => postForm({ file: new Blob(["%PDF-1.7"]) }, "paper.pdf"), status: 400, message: /unsupported file type/ },
  { name: "multipart: bad date field", send: () => postForm({ text: GOOD, published: "2024-04-31" }), status: 400, message: /fields/ },
  { name: "multipart: whitespace file", send: () => postForm({ file: new Blob(["  \n \n"]) }, "blank.md"), status: 400, message: /whitespace/ },
  { name: "multipart: file over the limit", send: () => postForm({ file: new Blob(["a".repeat(2 * 1024 * 1024 + 10)]) }, "big.txt"), status: 413, message: /limit/ },
  { name: "unbalanced quote marks only", send: () => postJson({ text: "“ ” \" “" }), status: 400, message: /no words/ },
];

describe("POST /api/sources refuses bad input with a clear message and an unchanged database", () => {
  for (const c of BAD_CASES) {
    it(c.name, async () => {
      const before = await countAllRows();
      const response = await c.send();
      expect(response.status).toBe(c.status);
      const body = await response.json();
      expect(body.error).toMatch(c.message);
      expect(await countAllRows()).toEqual(before);
    });
  }
});

describe("POST /api/sources stores good input", () => {
  it("returns 201 with the id and counts, then 200 with the same id for the same content", async () => {
    const first = await postJson({ text: GOOD, outlet: "Harbour Herald", published: "2024-05-02" });
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({ created: true, counts: { quotes: 1 } });
    const before = await countAllRows();
    const again = await postJson({ text: GOOD, outlet: "Harbour Herald", published: "2024-05-02" });
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(created.id);
    expect(await countAllRows()).toEqual(before);
  });

  it("keeps unbalanced quote marks as text and stores the article", async () => {
    const response = await postJson({ text: "The mayor said “the road is open. Traffic resumed on Tuesday, officials said." });
    expect(response.status).toBe(201);
  });

  it("reduces an uploaded HTML page to text, keeping scripts and markup out", async () => {
    const html = `<html><head><title>Storm hits coast</title><script>window.pwned=1</script></head><body><article><h1>Storm hits coast</h1>
      <p>Heavy rain flooded the harbour district on Sunday, the coastguard said in a statement to reporters.</p>
      <p>“We evacuated forty people,” said Lena Ortiz, a coastguard spokesperson, adding that nobody was hurt.</p>
      <p><img src=x onerror="alert(1)"> <a href="javascript:alert(2)">More</a> coverage continues as the storm moves north.</p></article></body></html>`;
    const response = await postForm({ file: new Blob([html]) }, "storm.html");
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const detail = await (await itemRoute.GET(new Request(`http://test/api/sources/${id}`), { params: Promise.resolve({ id }) })).json();
    expect(detail.source.text).toContain("Heavy rain flooded the harbour district");
    expect(detail.source.text).not.toMatch(/<script|onerror|javascript:/);
    expect(detail.source.title).toBe("Storm hits coast");
  });

  it("two concurrent posts of the same content leave one record", async () => {
    const text = "Two trains collided near the station on Friday, the rail operator said. “Everyone is safe,” said Omar Haddad, its director.";
    const responses = await Promise.all([postJson({ text }), postJson({ text })]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(bodies[0].id).toBe(bodies[1].id);
    expect(await db.getPrisma().source.count({ where: { id: bodies[0].id } })).toBe(1);
  });

  it("lists sources and deletes one with its records", async () => {
    const list = await (await route.GET()).json();
    const target = list.sources.find((s: { outlet: string | null }) => s.outlet === "Harbour Herald");
    expect(target).toBeDefined();
    const removed = await itemRoute.DELETE(new Request(`http://test/api/sources/${target.id}`, { method: "DELETE" }), { params: Promise.resolve({ id: target.id }) });
    expect(removed.status).toBe(204);
    expect(await db.getPrisma().quote.count({ where: { sourceId: target.id } })).toBe(0);
    const missing = await itemRoute.DELETE(new Request(`http://test/api/sources/${target.id}`, { method: "DELETE" }), { params: Promise.resolve({ id: target.id }) });
    expect(missing.status).toBe(404);
  });
});

describe("with ADMIN_TOKEN set", () => {
  it("refuses writes without the bearer token and accepts them with it; reads stay open", async () => {
    process.env.ADMIN_TOKEN = "test-admin-token-123";
    try {
      const before = await countAllRows();
      expect((await postJson({ text: GOOD })).status).toBe(401);
      expect((await postJson({ text: GOOD }, { authorization: "Bearer wrong-token-xyz" })).status).toBe(401);
      expect(await countAllRows()).toEqual(before);
      expect((await route.GET()).status).toBe(200);
      const ok = await postJson({ text: `${GOOD} The council met later.` }, { authorization: "Bearer test-admin-token-123" });
      expect(ok.status).toBe(201);
    } finally {
      delete process.env.ADMIN_TOKEN;
    }
  });
});
