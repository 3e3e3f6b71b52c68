import { cleanAuthorNames, joinNames } from "./byline-text";
import type { TJsonLdGraph, TJsonLdNode } from "./json-ld-graph";
import { emptyCandidates, type TMetaCandidates } from "./page-meta-candidates";

/** schema.org types a news page uses for its story; `WebPage` describes the page and is only a last resort. */
const ARTICLE_TYPES = new Set([
  "NewsArticle",
  "Article",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "BlogPosting",
  "LiveBlogPosting",
  "OpinionNewsArticle",
  "ReviewNewsArticle",
]);
const PAGE_TYPE = "WebPage";
/** More authors than this is a list of contributors, not a byline. */
const MAX_AUTHORS = 20;

const isObject = (value: unknown): value is TJsonLdNode => typeof value === "object" && value !== null && !Array.isArray(value);
const toArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** `@type` as bare names: a string or an array, with a `schema:` or `https://schema.org/` prefix dropped. */
export function typesOf(node: TJsonLdNode): string[] {
  return toArray(node["@type"])
    .filter((type): type is string => typeof type === "string")
    .map((type) => type.replace(/^.*[/:#]/, ""));
}

/**
 * The node the page's metadata comes from: its first article-typed node, then its first `WebPage`
 * (for fields the article node lacks). Later article nodes are left alone: on a news page they are
 * usually the related stories in a "read more" list.
 */
export function findMainNodes(graph: TJsonLdGraph): TJsonLdNode[] {
  const article = graph.nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  const page = graph.nodes.find((node) => typesOf(node).includes(PAGE_TYPE));
  return [article, page].filter((node): node is TJsonLdNode => node !== undefined);
}

/** A reference `{"@id": …}` replaced by the node it names, when the page defines it. */
function resolveRef(value: unknown, graph: TJsonLdGraph): unknown {
  if (!isObject(value) || typeof value["@id"] !== "string") return value;
  return graph.byId.get(value["@id"]) ?? value;
}

/** A plain string, a `{"@value": …}` literal, or the first of a list of them (nested a few levels at most). */
function textOf(value: unknown, depth = 0): string | undefined {
  if (typeof value === "string") return value;
  if (depth >= 4) return undefined;
  if (isObject(value)) return textOf(value["@value"], depth + 1);
  if (!Array.isArray(value)) return undefined;
  for (const item of value) {
    const text = textOf(item, depth + 1);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** A Person's or Organization's name, from `name` or, failing that, given and family names. */
function nameOf(value: unknown, graph: TJsonLdGraph): string | undefined {
  const node = resolveRef(value, graph);
  if (typeof node === "string") return node;
  if (!isObject(node)) return undefined;
  const name = textOf(node.name);
  if (name) return name;
  const parts = [textOf(node.givenName), textOf(node.familyName)].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}

function publisherNames(node: TJsonLdNode, graph: TJsonLdGraph): string[] {
  return toArray(node.publisher)
    .map((publisher) => nameOf(publisher, graph))
    .filter((name): name is string => name !== undefined);
}

function byline(node: TJsonLdNode, graph: TJsonLdGraph, decode: (text: string) => string): string | undefined {
  const names = toArray(node.author)
    .slice(0, MAX_AUTHORS)
    .map((author) => nameOf(author, graph))
    .filter((name): name is string => name !== undefined);
  const cleaned = cleanAuthorNames(names.map(decode));
  return cleaned.length ? joinNames(cleaned) : undefined;
}

/** `mainEntityOfPage` is the page's URL as a string, a reference, or a WebPage node with an `@id` or `url`. */
function pageUrlsOf(node: TJsonLdNode): string[] {
  const main = node.mainEntityOfPage;
  const fromMain = isObject(main) ? [textOf(main["@id"]), textOf(main.url)] : [textOf(main)];
  return [textOf(node.url), ...fromMain].filter((url): url is string => url !== undefined);
}

/** Each field's candidates from the page's JSON-LD, entities decoded; checking them is the caller's. */
export function readJsonLdCandidates(graph: TJsonLdGraph, decode: (text: string) => string): TMetaCandidates {
  const candidates = emptyCandidates();
  const add = (field: keyof TMetaCandidates, values: Array<string | undefined>) => {
    for (const value of values) if (value !== undefined) candidates[field].push({ value: decode(value), from: "json-ld" });
  };
  for (const node of findMainNodes(graph)) {
    add("outlet", publisherNames(node, graph));
    add("title", [textOf(node.headline), textOf(node.name)]);
    const names = byline(node, graph, decode);
    if (names !== undefined) candidates.byline.push({ value: names, from: "json-ld" });
    add("published", [textOf(node.datePublished)]);
    add("url", pageUrlsOf(node));
  }
  return candidates;
}
