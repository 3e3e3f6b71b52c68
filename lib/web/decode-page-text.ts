import type { TPageKind } from "./page-content-type";

/** HTML says a `<meta charset>` must sit in the first 1024 bytes; twice that tolerates sloppy pages and stays cheap. */
const SNIFF_BYTES = 2048;

export type TDecodedText = { text: string; charset: string };

/**
 * A page's text. The encoding is taken from, in order: a byte-order mark (it cannot lie about the bytes that
 * follow), the Content-Type charset, a `<meta charset>` or `http-equiv` in the first bytes of an HTML page
 * or the XML declaration of a feed, else UTF-8. Unknown labels fall through to the next source; malformed
 * bytes become U+FFFD rather than failing the page.
 */
export function decodePageText(bytes: Uint8Array, headerCharset: string | null, kind: TPageKind): TDecodedText {
  const declared = kind === "html" ? sniffMetaCharset(bytes) : sniffXmlEncoding(bytes);
  const charset = bomEncoding(bytes) ?? knownEncoding(headerCharset) ?? asciiCompatible(knownEncoding(declared)) ?? "utf-8";
  const text = new TextDecoder(charset).decode(bytes).replace(/^\uFEFF/, "");
  return { text, charset };
}

/** The WHATWG name for an encoding label (`latin1` → `windows-1252`), or null when the label is unknown. */
export function knownEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** A UTF-16 label read from ASCII bytes is wrong by construction (HTML's rule): such a page is read as UTF-8. */
const asciiCompatible = (encoding: string | null) => (encoding?.startsWith("utf-16") ? "utf-8" : encoding);

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/** The first bytes as Latin-1: every byte one character, so ASCII markup reads right whatever the encoding. */
const head = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));

/** The label of `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the top of a page. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:+-]+)/i.exec(head(bytes));
  return match ? match[1].toLowerCase() : null;
}

/** The `encoding` of an XML declaration at the very start of a document. */
export function sniffXmlEncoding(bytes: Uint8Array): string | null {
  const match = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:+-]+)["']/.exec(head(bytes));
  return match ? match[1].toLowerCase() : null;
}
