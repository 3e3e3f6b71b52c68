import { ArticleLimitError } from "./article-limits";

/**
 * How deep an HTML document nests its elements, measured in one linear scan of its tags, so that a
 * page nested thousands of levels deep is refused before a DOM is built (Readability's cost grows
 * with nesting, and deep enough trees overflow the stack). It follows the parser where it matters
 * for depth: void elements, raw-text elements, comments, optional end tags (p, li, dt/dd, table
 * parts, option) and self-closing tags inside SVG and MathML.
 */

const VOID = new Set(["area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt", "fieldset", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "listing", "main", "menu", "nav", "ol", "p", "pre",
  "section", "summary", "table", "ul",
]);
/** Elements whose end tag may be left out: the open one at the top of the stack closes when one of these starts. */
const CLOSED_AT_TOP_BY: Record<string, ReadonlySet<string>> = {
  li: new Set(["li"]),
  dt: new Set(["dt", "dd"]),
  dd: new Set(["dt", "dd"]),
  option: new Set(["option", "optgroup"]),
  optgroup: new Set(["optgroup"]),
  td: new Set(["td", "th", "tr", "tbody", "thead", "tfoot"]),
  th: new Set(["td", "th", "tr", "tbody", "thead", "tfoot"]),
  tr: new Set(["tr", "tbody", "thead", "tfoot"]),
  tbody: new Set(["tbody", "thead", "tfoot"]),
  thead: new Set(["tbody", "thead", "tfoot"]),
  tfoot: new Set(["tbody", "thead", "tfoot"]),
  rt: new Set(["rt", "rp"]),
  rp: new Set(["rt", "rp"]),
};
/** A p is closed by a block start only within its scope: these elements shield an outer p. */
const P_SCOPE_BOUNDARY = new Set(["applet", "button", "caption", "html", "marquee", "object", "table", "td", "template", "th", "svg", "math"]);

const TAG = /<(?:(\/?)([a-zA-Z][^\t\n\f\r />]*)|!--|[!?])/g;
const rawTextEnd = new Map<string, RegExp>();

type TOpen = { name: string; /** index of the nearest open p this element's children could close, or -1 */ pIndex: number };

class NestingStack {
  readonly entries: TOpen[] = [];
  private readonly openCount = new Map<string, number>();

  get depth(): number {
    return this.entries.length;
  }

  top(): TOpen | undefined {
    return this.entries[this.entries.length - 1];
  }

  isOpen(name: string): boolean {
    return (this.openCount.get(name) ?? 0) > 0;
  }

  push(name: string): void {
    const parent = this.top();
    const pIndex = name === "p" ? this.entries.length : P_SCOPE_BOUNDARY.has(name) ? -1 : (parent?.pIndex ?? -1);
    this.entries.push({ name, pIndex });
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
  }

  popTo(length: number): void {
    while (this.entries.length > length) {
      const { name } = this.entries.pop()!;
      this.openCount.set(name, this.openCount.get(name)! - 1);
    }
  }

  /** Pops up to and including the nearest open element of this name (each pop undoes one push, so this stays linear). */
  close(name: string): void {
    if (!this.isOpen(name)) return;
    let index = this.entries.length - 1;
    while (this.entries[index].name !== name) index--;
    this.popTo(index);
  }
}

function startTag(stack: NestingStack, name: string, selfClosing: boolean): void {
  const pIndex = stack.top()?.pIndex ?? -1;
  if (CLOSES_P.has(name) && pIndex >= 0) stack.popTo(pIndex);
  for (let top = stack.top(); top && CLOSED_AT_TOP_BY[top.name]?.has(name); top = stack.top()) stack.popTo(stack.depth - 1);
  if (VOID.has(name)) return;
  if (selfClosing && (stack.isOpen("svg") || stack.isOpen("math") || name === "svg" || name === "math")) return;
  stack.push(name);
}

/** Where a raw-text element's content ends (after its end tag), or -1 when it runs to the end. */
function skipRawText(html: string, name: string, from: number): number {
  let end = rawTextEnd.get(name);
  if (!end) rawTextEnd.set(name, (end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, "gi")));
  end.lastIndex = from;
  const match = end.exec(html);
  return match ? html.indexOf(">", match.index) : -1;
}

/**
 * The deepest element nesting of the document, or the first depth past `stopAbove` (the scan ends
 * there). Time is linear in the length of the HTML.
 */
export function measureHtmlNesting(html: string, stopAbove = Number.POSITIVE_INFINITY): number {
  const stack = new NestingStack();
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [token, slash, rawName] = match;
    const closer = token === "<!--" ? html.indexOf("-->", TAG.lastIndex) : html.indexOf(">", TAG.lastIndex);
    if (closer < 0) break; // an unfinished tag or comment swallows the rest of the document
    TAG.lastIndex = closer + 1;
    if (!rawName) continue; // comment, doctype or processing instruction
    const name = rawName.toLowerCase();
    if (slash) {
      stack.close(name);
      continue;
    }
    if (name === "plaintext") return Math.max(deepest, stack.depth + 1);
    startTag(stack, name, html.charCodeAt(closer - 1) === 47 /* "/" */);
    deepest = Math.max(deepest, stack.depth);
    if (deepest > stopAbove) return deepest;
    if (RAW_TEXT.has(name) && stack.top()?.name === name) {
      const end = skipRawText(html, name, TAG.lastIndex);
      if (end < 0) break;
      stack.popTo(stack.depth - 1);
      TAG.lastIndex = end + 1;
    }
  }
  return deepest;
}

/** Refuses HTML nested deeper than `maxDepth` levels, in one linear scan and without parsing it. */
export function assertHtmlNestingWithin(label: string, html: string, maxDepth: number): void {
  if (measureHtmlNesting(html, maxDepth) > maxDepth) throw ArticleLimitError.nesting(label, maxDepth);
}
