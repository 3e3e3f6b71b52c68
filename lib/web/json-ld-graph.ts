/**
 * Reads a page's schema.org JSON-LD (`<script type="application/ld+json">`) into one flat list of
 * objects, in document order, with an index of the nodes other nodes refer to by `@id`. A page is
 * untrusted input, so the work is bounded: a fixed number of scripts, of text per script, of objects
 * walked and of nesting; anything past a bound is left unread rather than refused.
 */
export const JSON_LD_LIMITS = {
  /** Scripts looked at; real pages carry one to four. */
  scripts: 16,
  /** Characters of one script's text; a longer script is skipped unparsed (256 KiB). */
  scriptChars: 256 * 1024,
  /** Objects and arrays walked over all scripts together. */
  nodes: 2000,
  /** Nesting below a script's top value; deeper values are not walked. */
  depth: 32,
} as const;

export type TJsonLdNode = Record<string, unknown>;
export type TJsonLdGraph = { nodes: TJsonLdNode[]; byId: Map<string, TJsonLdNode> };

export function readJsonLdGraph(document: Document): TJsonLdGraph {
  const graph: TJsonLdGraph = { nodes: [], byId: new Map() };
  const budget = { nodes: JSON_LD_LIMITS.nodes };
  for (const text of readJsonLdTexts(document)) {
    if (budget.nodes <= 0) break;
    const value = parseJsonLdText(text);
    if (value !== undefined) collectNodes(value, graph, budget);
  }
  return graph;
}

function isJsonLdScript(script: Element): boolean {
  return (script.getAttribute("type") ?? "").split(";")[0].trim().toLowerCase() === "application/ld+json";
}

/** The texts of the first `scripts` JSON-LD scripts that are not over the size bound. */
function readJsonLdTexts(document: Document): string[] {
  const texts: string[] = [];
  let seen = 0;
  for (const script of document.querySelectorAll("script[type]")) {
    if (!isJsonLdScript(script)) continue;
    if (++seen > JSON_LD_LIMITS.scripts) break;
    const text = script.textContent ?? "";
    if (text.length <= JSON_LD_LIMITS.scriptChars) texts.push(text);
  }
  return texts;
}

/** Old templates wrap the JSON in an HTML comment or a CDATA section; malformed JSON is skipped. */
export function parseJsonLdText(text: string): unknown {
  const unwrapped = text
    .trim()
    .replace(/^(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/, "")
    .replace(/(?:\/\/\s*)?(?:-->|\]\]>)$/, "");
  try {
    return JSON.parse(unwrapped);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is TJsonLdNode => typeof value === "object" && value !== null && !Array.isArray(value);

/** A node that defines something, as opposed to a bare `{"@id": …}` reference to it. */
function isDefinition(node: TJsonLdNode): boolean {
  return typeof node["@id"] === "string" && Object.keys(node).some((key) => key !== "@id");
}

/** Depth-first, in document order, without recursion; every object and array walked costs one unit of the budget. */
function collectNodes(root: unknown, graph: TJsonLdGraph, budget: { nodes: number }): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  while (stack.length > 0 && budget.nodes > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== "object" || value === null || depth > JSON_LD_LIMITS.depth) continue;
    budget.nodes -= 1;
    const children = Array.isArray(value) ? value : Object.values(value);
    if (isObject(value)) {
      graph.nodes.push(value);
      const id = value["@id"];
      if (isDefinition(value) && typeof id === "string" && !graph.byId.has(id)) graph.byId.set(id, value);
    }
    for (let i = children.length - 1; i >= 0; i -= 1) {
      if (typeof children[i] === "object" && children[i] !== null) stack.push({ value: children[i], depth: depth + 1 });
    }
  }
}
