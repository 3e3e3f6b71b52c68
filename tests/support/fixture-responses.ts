import { once, type EventEmitter } from "node:events";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { extname } from "node:path";
import { pipeline } from "node:stream/promises";
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from "node:zlib";
import type { TFixtureHandler, TFixtureResponse, TFixtureRoutes } from "./fixture-web-server";

/** Canned responses and handlers for fixture-web-server.ts: the behaviours of real sites a fetcher must survive. */

const HTML = { "content-type": "text/html; charset=utf-8" };

/** A redirect to `location` (relative to the request, or absolute). */
export function redirectTo(location: string, status = 302): TFixtureResponse {
  return { status, headers: { location } };
}

/** Routes that redirect each path to the next and the last to `finalPath`: redirectChain(["/a", "/b"], "/page"). */
export function redirectChain(paths: string[], finalPath: string, status = 302): TFixtureRoutes {
  return Object.fromEntries(paths.map((path, i) => [path, redirectTo(paths[i + 1] ?? finalPath, status)]));
}

export type TSlowOptions = {
  status?: number;
  /** Wait before sending the status line and headers. */
  headersAfterMs?: number;
  headers?: OutgoingHttpHeaders;
  body?: string;
  /** Send the body this many bytes at a time (all at once by default)… */
  chunkBytes?: number;
  /** …waiting this long before each piece. */
  chunkEveryMs?: number;
};

/** A response that takes its time: late headers, a trickled body, or both. It stops when the client leaves. */
export function slowResponse(options: TSlowOptions): TFixtureHandler {
  const { status = 200, headersAfterMs = 0, headers = HTML, body = "", chunkEveryMs = 0 } = options;
  const chunkBytes = options.chunkBytes ?? Math.max(1, body.length);
  return async (_request, response) => {
    if (!(await pauseWhileOpen(response, headersAfterMs))) return;
    response.writeHead(status, headers);
    for (let at = 0; at < body.length; at += chunkBytes) {
      if (!(await pauseWhileOpen(response, chunkEveryMs))) return;
      response.write(body.slice(at, at + chunkBytes));
    }
    response.end();
  };
}

/** What a streamed body got to send: bytes handed to the socket, and whether all of them went out. */
export type TStreamReport = { sentBytes: number; completed: boolean };

export type TStreamOptions = {
  headers?: OutgoingHttpHeaders;
  /** Send a Content-Length (otherwise the body is chunked, as most large pages are). */
  declareLength?: boolean;
  /** Called once the response finished or the client cut the connection. */
  onDone?: (report: TStreamReport) => void;
};

/** A body of `totalBytes` generated as it is sent (64 KiB at a time, waiting for the socket to drain), never held whole. */
export function streamedBody(totalBytes: number, options: TStreamOptions = {}): TFixtureHandler {
  return async (_request, response) => {
    response.writeHead(200, { ...HTML, ...(options.declareLength ? { "content-length": totalBytes } : {}), ...options.headers });
    const piece = Buffer.alloc(64 * 1024, "a");
    let sentBytes = 0;
    while (sentBytes < totalBytes && isOpen(response)) {
      const chunk = piece.subarray(0, Math.min(piece.length, totalBytes - sentBytes));
      sentBytes += chunk.length;
      if (!response.write(chunk)) await firstOf(response, ["drain", "close"]);
    }
    if (isOpen(response)) {
      response.end();
      await firstOf(response, ["finish", "close"]);
    }
    options.onDone?.({ sentBytes, completed: sentBytes === totalBytes && response.writableFinished });
  };
}

/** A body compressed whole, with its Content-Encoding. */
export function compressedResponse(body: string | Uint8Array, options: { headers?: OutgoingHttpHeaders; encoding?: "gzip" | "deflate" | "br" } = {}): TFixtureResponse {
  const encoding = options.encoding ?? "gzip";
  const compress = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync }[encoding];
  return { headers: { ...HTML, ...options.headers, "content-encoding": encoding }, body: compress(body) };
}

/** A gzip body that is small on the wire and `decodedBytes` of zeros once decompressed, built a megabyte at a time. */
export async function gzipBomb(decodedBytes: number, headers: OutgoingHttpHeaders = HTML): Promise<TFixtureResponse> {
  const gzip = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gzip.on("data", (part: Buffer) => parts.push(part));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let left = decodedBytes; left > 0; left -= zeros.length) {
    if (!gzip.write(zeros.subarray(0, Math.min(left, zeros.length)))) await once(gzip, "drain");
  }
  gzip.end();
  await once(gzip, "end");
  return { headers: { ...headers, "content-encoding": "gzip" }, body: Buffer.concat(parts) };
}

/** Streams a file with a content type from its extension; 404 when it is missing or not a file. */
export function serveFile(path: string, headers: OutgoingHttpHeaders = {}): TFixtureHandler {
  return async (_request, response) => {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("no such fixture file\n");
      return;
    }
    response.writeHead(200, { "content-type": contentTypeFor(path), "content-length": info.size, ...headers });
    await pipeline(createReadStream(path), response).catch(() => response.destroy());
  };
}

/** HTML goes out without a charset, so a fixture's own `<meta charset>` (or the UTF-8 default) decides. */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".xhtml": "application/xhtml+xml",
  ".rss": "application/rss+xml",
  ".atom": "application/atom+xml",
  ".rdf": "application/rdf+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

const isOpen = (response: ServerResponse) => !response.destroyed && !response.socket?.destroyed;

/** Waits `ms`, or less if the client goes away; true when the client is still there. */
function pauseWhileOpen(response: ServerResponse, ms: number): Promise<boolean> {
  if (ms <= 0 || !isOpen(response)) return Promise.resolve(isOpen(response));
  return new Promise((done) => {
    const finish = () => {
      clearTimeout(timer);
      response.off("close", finish);
      done(isOpen(response));
    };
    const timer = setTimeout(finish, ms);
    response.on("close", finish);
  });
}

/** Resolves on the first of these events, leaving no listener behind. */
function firstOf(emitter: EventEmitter, events: string[]): Promise<void> {
  return new Promise((done) => {
    const settle = () => {
      for (const event of events) emitter.off(event, settle);
      done();
    };
    for (const event of events) emitter.on(event, settle);
  });
}
