import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAllRows, useThrowawayDatabase } from "./test-database";

type TRoute = typeof import("../../app/api/sources/route");
let route: TRoute;
let db: typeof import("../../lib/db/client");
let MAX_BODY_BYTES: number;

const CHUNK = 64 * 1024;
const ARTICLE = "The ferry company said on Tuesday that the new timetable starts in June. “We listened to riders,” said Nadia Keller, its planner.";

/** A body that streams `total` bytes (chunked: no Content-Length) and counts how many of them the reader pulled. */
function countingStream(total: number, chunkFor: (index: number) => Uint8Array) {
  const pulled = { bytes: 0 };
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      const chunk = chunkFor(index++);
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
  return { stream, pulled };
}

function postStream(stream: ReadableStream<Uint8Array>, contentType: string) {
  return route.POST(new Request("http://test/api/sources", {
    method: "POST",
    headers: { "content-type": contentType },
    body: stream,
    duplex: "half",
  } as RequestInit));
}

/** A JSON body `{"text":"word word …"}` that goes on for `total` bytes, sent in 64 KiB chunks. */
function endlessJson(total: number) {
  const filler = new TextEncoder().encode("word ".repeat(CHUNK / 5));
  return countingStream(total, (i) => (i === 0 ? new TextEncoder().encode('{"text":"') : filler));
}

/** A multipart body with one file part that goes on for `total` bytes. */
function endlessMultipart(total: number) {
  const head = new TextEncoder().encode("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n");
  const filler = new TextEncoder().encode("line of article text\n".repeat(CHUNK / 21));
  return countingStream(total, (i) => (i === 0 ? head : filler));
}

beforeAll(async () => {
  await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  route = await import("../../app/api/sources/route");
  ({ MAX_BODY_BYTES } = await import("../../lib/http/read-bounded-body"));
});
afterAll(async () => db.disconnectPrisma());

describe("POST /api/sources counts the body as it streams in and stops at the limit", () => {
  const total = 24 * 1024 * 1024;

  it("a chunked JSON body without Content-Length: 413 once past the limit, the rest never read, nothing stored", async () => {
    const before = await countAllRows();
    const { stream, pulled } = endlessJson(total);
    const response = await postStream(stream, "application/json");
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/limited to 2097152 bytes.*Nothing was stored/);
    expect(pulled.bytes).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * CHUNK);
    expect(await countAllRows()).toEqual(before);
  });

  it("a chunked multipart body without Content-Length: the same", async () => {
    const before = await countAllRows();
    const { stream, pulled } = endlessMultipart(total);
    const response = await postStream(stream, "multipart/form-data; boundary=b0undary");
    expect(response.status).toBe(413);
    expect(pulled.bytes).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * CHUNK);
    expect(await countAllRows()).toEqual(before);
  });

  it("a Content-Length smaller than the body sent does not lift the limit", async () => {
    const { stream, pulled } = endlessJson(total);
    const response = await route.POST(new Request("http://test/api/sources", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "100" },
      body: stream,
      duplex: "half",
    } as RequestInit));
    expect(response.status).toBe(413);
    expect(pulled.bytes).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * CHUNK);
  });

  it("a chunked body within the limit is read to its end and stored", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ text: ARTICLE, outlet: "Lakeside Courier" }));
    const { stream } = countingStream(bytes.length, () => bytes);
    const response = await postStream(stream, "application/json");
    expect(response.status).toBe(201);
  });
});

describe("POST /api/sources refuses JSON that is not valid UTF-8, as it refuses such files", () => {
  const cases: Array<{ name: string; bytes: Uint8Array<ArrayBuffer>; message: RegExp }> = [
    { name: "a lone 0xFF byte inside the text", bytes: Uint8Array.from([...new TextEncoder().encode('{"text":"Caf'), 0xff, ...new TextEncoder().encode(` ${ARTICLE}"}`)]), message: /not valid UTF-8/ },
    { name: "Latin-1 bytes (0xE9 for é)", bytes: Uint8Array.from([...new TextEncoder().encode('{"text":"Caf'), 0xe9, ...new TextEncoder().encode(` ${ARTICLE}"}`)]), message: /not valid UTF-8/ },
    { name: "a truncated multi-byte sequence", bytes: Uint8Array.from([...new TextEncoder().encode(`{"text":"${ARTICLE} `), 0xe2, 0x80, ...new TextEncoder().encode('"}')]), message: /not valid UTF-8/ },
    { name: "an overlong encoding of '/'", bytes: Uint8Array.from([...new TextEncoder().encode(`{"text":"${ARTICLE} `), 0xc0, 0xaf, ...new TextEncoder().encode('"}')]), message: /not valid UTF-8/ },
    { name: "an escaped lone surrogate", bytes: new TextEncoder().encode(`{"text":"${ARTICLE} \\ud800"}`), message: /unpaired surrogate/ },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const before = await countAllRows();
      const response = await route.POST(new Request("http://test/api/sources", { method: "POST", headers: { "content-type": "application/json" }, body: c.bytes }));
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(c.message);
      expect(await countAllRows()).toEqual(before);
    });
  }

  it("accepts valid UTF-8 with accents, emoji and a byte-order mark", async () => {
    const bytes = new TextEncoder().encode(`\uFEFF{"text":"Café owners in Zürich 🙂 said the square reopened. ${ARTICLE}"}`);
    const response = await route.POST(new Request("http://test/api/sources", { method: "POST", headers: { "content-type": "application/json" }, body: bytes }));
    expect(response.status).toBe(201);
  });
});
