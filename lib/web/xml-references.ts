import type { EntityDecoderOptions } from "fast-xml-parser";

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function fromCodePoint(codePoint: number, original: string): string {
  const isValid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return isValid ? String.fromCodePoint(codePoint) : original;
}

/**
 * XML's five predefined entities and numeric character references, in one pass: the result is never
 * longer than the input and a decoded `&` never starts another reference (`&amp;lt;` is `&lt;`).
 * Any other `&name;` is left as written.
 */
export function decodeXmlReferences(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g, (match, decimal, hex, name) => {
    if (name) return PREDEFINED[name];
    return fromCodePoint(decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex, 16), match);
  });
}

/**
 * fast-xml-parser's decoder replaced by one that knows no declared entities: a DOCTYPE that declares
 * any makes parsing fail, so no entity can expand (the billion-laughs attack) even if the check
 * before parsing were bypassed.
 */
export function createXmlReferenceDecoder(): EntityDecoderOptions {
  return {
    setExternalEntities: () => undefined,
    addInputEntities: (entities) => {
      if (Object.keys(entities).length > 0) throw new Error("entity declarations are not read");
    },
    reset: () => undefined,
    setXmlVersion: () => undefined,
    decode: decodeXmlReferences,
  };
}
