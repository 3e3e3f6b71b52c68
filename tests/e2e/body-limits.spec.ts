import http from "node:http";
import { expect, test } from "@playwright/test";

const CHUNK = 64 * 1024;
/** The client gives up sending after this much: a server that reads everything answers only then. */
const SEND_AT_MOST = 48 * 1024 * 1024;
/** The limit (2 MiB + 64 KiB) plus what sockets and stream buffers hold between client and route. */
const ANSWERED_WITHIN = 12 * 1024 * 1024;

type TStreamed = { status: number; body: string; sentBeforeAnswer: number };

/** POSTs a chunked body (no Content-Length) chunk by chunk, honouring back-pressure, until the server answers. */
function streamUntilAnswered(url: string, contentType: string, first: Buffer, filler: Buffer): Promise<TStreamed> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered: number | null = null;
    let wake: () => void = () => undefined;
    const request = http.request(url, { method: "POST", headers: { "content-type": contentType, "transfer-encoding": "chunked" } });
    request.on("response", (response) => {
      answered = sent;
      wake();
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(parts).toString("utf8"), sentBeforeAnswer: answered! }));
      response.on("error", reject);
    });
    // Once the server has answered it may close the socket under the rest of the upload: that is expected.
    // A write can fail on the closed socket before the answer already sent is read: wait for it a moment.
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (answered !== null) return;
      if (error.code === "EPIPE" || error.code === "ECONNRESET") setTimeout(() => (answered === null ? reject(error) : undefined), 2_000);
      else reject(error);
    });
    void (async () => {
      const write = (chunk: Buffer) => {
        sent += chunk.length;
        return request.write(chunk);
      };
      write(first);
      while (answered === null && sent < SEND_AT_MOST) {
        if (!write(filler)) await new Promise<void>((r) => { wake = r; request.once("drain", r); });
        // Let the event loop read what the server sent before writing more, as a browser or curl does.
        await new Promise<void>((r) => setImmediate(r));
      }
      if (answered === null) request.end();
    })();
  });
}

test("a chunked JSON body far over the limit is answered 413 once the limit is passed, before the upload ends", async ({ baseURL }) => {
  const filler = Buffer.from("word ".repeat(CHUNK / 5));
  const result = await streamUntilAnswered(`${baseURL}/api/sources`, "application/json", Buffer.from('{"text":"'), filler);
  expect(result.status).toBe(413);
  expect(JSON.parse(result.body).error).toMatch(/limited to 2097152 bytes.*Nothing was stored/);
  expect(result.sentBeforeAnswer).toBeLessThan(ANSWERED_WITHIN);
});

test("a chunked multipart upload far over the limit is answered 413 the same way", async ({ baseURL }) => {
  const head = Buffer.from('--b0undary\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n');
  const filler = Buffer.from("line of article text\n".repeat(CHUNK / 21));
  const result = await streamUntilAnswered(`${baseURL}/api/sources`, "multipart/form-data; boundary=b0undary", head, filler);
  expect(result.status).toBe(413);
  expect(result.sentBeforeAnswer).toBeLessThan(ANSWERED_WITHIN);
});

test("a JSON body with bytes that are not UTF-8 is refused with 400 and stores nothing", async ({ request }) => {
  const before = (await (await request.get("/api/sources")).json()).sources.length;
  const body = Buffer.concat([Buffer.from('{"text":"The mill in Oakridge reopened, its owner Caf'), Buffer.from([0xe9]), Buffer.from(' said on Friday."}')]);
  const response = await request.post("/api/sources", { headers: { "content-type": "application/json" }, data: body });
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toMatch(/not valid UTF-8/);
  expect((await (await request.get("/api/sources")).json()).sources.length).toBe(before);
});
