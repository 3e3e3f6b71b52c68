import { XMLParser } from "fast-xml-parser";
import { FeedReadError } from "./feed-read-error";
import { createXmlReferenceDecoder } from "./xml-references";

/**
 * The name of a document's root element, found by skipping what may precede it (a byte-order mark,
 * the XML declaration, comments, processing instructions, a DOCTYPE); null when text or nothing
 * comes first. Reads only the prolog, so an HTML page is recognised without parsing it.
 */
export function findRootElementName(xml: string): string | null {
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i])) i += 1;
    if (xml.startsWith("<?", i)) i = endOf(xml, "?>", i);
    else if (xml.startsWith("<!--", i)) i = endOf(xml, "-->", i);
    else if (/^<!doctype/i.test(xml.slice(i, i + 9))) i = endOfDoctype(xml, i);
    else break;
    if (i < 0) return null;
  }
  const name = /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(i, i + 200));
  return name ? name[1] : null;
}

/** The index after `closing`, or -1 when it never comes. */
function endOf(xml: string, closing: string, from: number): number {
  const at = xml.indexOf(closing, from);
  return at < 0 ? -1 : at + closing.length;
}

/** A DOCTYPE ends at the first `>` after its internal subset (`[...]`), if it has one. */
function endOfDoctype(xml: string, from: number): number {
  const close = xml.indexOf(">", from);
  if (close < 0) return -1;
  const subset = xml.slice(from, close).indexOf("[");
  if (subset < 0) return close + 1;
  const subsetEnd = xml.indexOf("]", from + subset);
  return subsetEnd < 0 ? -1 : endOf(xml, ">", subsetEnd);
}

/**
 * Entity declarations are how an XML document multiplies itself in memory (billion laughs) or reads
 * files (external entities); feeds have no use for them, so a document with a DOCTYPE that declares
 * any is refused outright.
 */
export function assertNoEntityDeclarations(xml: string): void {
  if (/<!DOCTYPE/i.test(xml) && /<!ENTITY/i.test(xml)) {
    throw new FeedReadError("refused: the document's DOCTYPE declares entities, which a feed never needs");
  }
}

/** Elements whose content a feed reader does not use; left as raw text, so deep XHTML in them costs nothing. */
const UNREAD_ELEMENTS = ["..content", "..summary", "..description", "..content:encoded"];

function createFeedParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    // Titles and ids stay strings: "2031" is a title, not a number.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: { enabled: true, maxEntityCount: 1, maxEntitySize: 1 },
    entityDecoder: createXmlReferenceDecoder(),
    maxNestedTags: 100,
    stopNodes: UNREAD_ELEMENTS,
  });
}

export type TFeedKind = "rss" | "atom" | "rdf";

/** The kind a root element names; prefixes are ignored (`atom:feed`, `rdf:RDF`). */
function feedKindOf(root: string): TFeedKind | null {
  const local = root.slice(root.indexOf(":") + 1);
  if (local === "rss") return "rss";
  if (local === "feed") return "atom";
  if (local === "RDF") return "rdf";
  return null;
}

/**
 * A feed's root element as a plain tree, with the feed's kind. Anything else is refused with a
 * `FeedReadError` before it is parsed: a document that is not XML, whose root is not a feed's, or
 * that declares entities.
 */
export function parseFeedXml(xml: string): { kind: TFeedKind; root: string; body: unknown } {
  assertNoEntityDeclarations(xml);
  const root = findRootElementName(xml);
  if (root === null) throw new FeedReadError("not RSS or Atom: no root element found (the document is not XML)");
  const kind = feedKindOf(root);
  if (kind === null) throw new FeedReadError(`not RSS or Atom: the document's root is <${root}>`);
  let tree: Record<string, unknown>;
  try {
    tree = createFeedParser().parse(xml) as Record<string, unknown>;
  } catch (error) {
    throw new FeedReadError(`not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { kind, root, body: tree[root] };
}
