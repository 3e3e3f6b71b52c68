import { MAX_ARTICLE_BYTES } from "../schemas/article-input";

/** Multipart adds boundaries and part headers around a file (JSON a few escapes), so an article's request body may exceed the article limit by this much. */
export const MAX_BODY_BYTES = MAX_ARTICLE_BYTES + 64 * 1024;

/** A request body that grew past the limit while it streamed in; reading stopped there. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes; reading stopped at the limit.`);
    this.name = "BodyTooLargeError";
  }
}

/** A request body whose bytes are not valid UTF-8. */
export class BodyEncodingError extends Error {
  constructor() {
    super("The request body is not valid UTF-8 text; send the article encoded as UTF-8.");
    this.name = "BodyEncodingError";
  }
}

/**
 * Reads a body stream into one buffer, counting bytes as they arrive, and stops reading as soon as more
 * than `limit` bytes came in. The declared Content-Length is not trusted: a chunked body has none, and a
 * wrong one must not make the server read more than the limit. The stream is released, not cancelled:
 * Next's request stream pushes every chunk the socket delivers and throws (uncaught) on a cancelled
 * stream, so what ends the transfer is the 413 closing the connection.
 */
export async function readBoundedBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw new BodyTooLargeError(limit);
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks, size);
}

/** Decodes bytes as strict UTF-8 (a byte-order mark is dropped); invalid sequences throw instead of becoming U+FFFD. */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BodyEncodingError();
  }
}
