import type { IncomingMessage } from "node:http";
import { pipeline, Transform, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { PageFetchError } from "./page-fetch-error";

/**
 * A response body as bytes, never more than `maxBytes` of them. A declared Content-Length over the limit is
 * refused before any byte is read; otherwise bytes are counted as they arrive and reading stops (the caller
 * destroys the socket) as soon as the count passes the limit. A compressed body is counted twice, as sent and
 * as decompressed, so a small zip bomb cannot grow into a large page.
 */
export async function readLimitedBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) throw PageFetchError.tooLarge(url, maxBytes, "declared", declared);
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const decompress = decompressorFor(encoding);
  if (decompress === undefined) throw PageFetchError.encoding(url, `is compressed as "${encoding}", which the fetcher cannot read`);
  const body: Readable = decompress
    ? pipeline(response, limitBytes(maxBytes, () => PageFetchError.tooLarge(url, maxBytes, "received")), decompress, () => {})
    : response;
  try {
    const bytes = await collectBytes(body, maxBytes, () => PageFetchError.tooLarge(url, maxBytes, decompress ? "decompressed" : "received"));
    if (!response.complete) throw PageFetchError.network(url, "closed before the page ended");
    return bytes;
  } catch (error) {
    if (isZlibError(error)) throw PageFetchError.encoding(url, `has ${encoding} data that cannot be decompressed (${error.code})`);
    throw error;
  } finally {
    body.destroy();
  }
}

/** null for an uncompressed body, undefined for an encoding that was not offered in Accept-Encoding. */
function decompressorFor(encoding: string): Transform | null | undefined {
  if (encoding === "identity" || encoding === "") return null;
  if (encoding === "gzip" || encoding === "x-gzip") return createGunzip();
  if (encoding === "deflate") return createInflate();
  if (encoding === "br") return createBrotliDecompress();
  return undefined;
}

/** Passes bytes through until more than `limit` went by, then fails the stream (and with it the pipeline). */
function limitBytes(limit: number, tooMany: () => Error): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.byteLength;
      if (seen > limit) done(tooMany());
      else done(null, chunk);
    },
  });
}

/** Reads a stream to its end into one array, throwing as soon as more than `limit` bytes arrived. */
async function collectBytes(stream: Readable, limit: number, tooMany: () => Error): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) throw tooMany();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

const isZlibError = (error: unknown): error is NodeJS.ErrnoException & { code: string } =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && /^Z_|^ERR_BROTLI|^ERR__?ZLIB/.test((error as NodeJS.ErrnoException).code!);
