import { cleanAuthorNames, isUrlLike, joinNames } from "./byline-text";
import { emptyCandidates, type TMetaCandidates, type TMetaCarrier } from "./page-meta-candidates";

/** Date meta names older templates and Dublin Core use, tried in this order after `article:published_time`. */
const DATE_META_NAMES = ["pubdate", "publishdate", "date", "dc.date", "dc.date.issued"];

/**
 * Every `<meta>` content, by attribute and lowercased key (`property:og:title`, `name:author`,
 * `itemprop:datepublished`), in document order. One pass over the page's meta tags.
 */
function indexMetaTags(document: Document): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const meta of document.querySelectorAll("meta[content]")) {
    const content = meta.getAttribute("content") ?? "";
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const slot = `${attribute}:${key}`;
      const values = index.get(slot);
      if (values) values.push(content);
      else index.set(slot, [content]);
    }
  }
  return index;
}

/** `<time itemprop="datePublished" datetime="…">`: microdata on the visible date. */
function readTimeElements(document: Document): string[] {
  return [...document.querySelectorAll("time[itemprop][datetime]")]
    .filter((time) => (time.getAttribute("itemprop") ?? "").toLowerCase().split(/\s+/).includes("datepublished"))
    .map((time) => time.getAttribute("datetime") ?? "");
}

/** `<link rel="canonical" href>`; `rel` is a list of tokens, compared case-insensitively. */
function readCanonicalLinks(document: Document): string[] {
  return [...document.querySelectorAll("link[rel][href]")]
    .filter((link) => (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"))
    .map((link) => link.getAttribute("href") ?? "");
}

/** Each field's candidates from meta tags and the canonical link, in the order they are tried. */
export function readMetaTagCandidates(document: Document): TMetaCandidates {
  const index = indexMetaTags(document);
  const candidates = emptyCandidates();
  const add = (field: keyof TMetaCandidates, from: TMetaCarrier, values: string[]) => {
    for (const value of values) candidates[field].push({ value, from });
  };
  // Open Graph is meant for `property`, but many pages put it in `name`.
  const og = (key: string) => [...(index.get(`property:${key}`) ?? []), ...(index.get(`name:${key}`) ?? [])];
  const named = (key: string) => index.get(`name:${key}`) ?? [];

  add("outlet", "open-graph", og("og:site_name"));
  add("outlet", "meta", named("application-name"));

  add("title", "open-graph", og("og:title"));
  add("title", "meta", og("twitter:title"));

  add("byline", "meta", named("author"));
  // `article:author` is usually a profile URL; names in it count, several joined.
  const authorNames = cleanAuthorNames(og("article:author").filter((value) => !isUrlLike(value)));
  if (authorNames.length) add("byline", "open-graph", [joinNames(authorNames)]);
  add("byline", "meta", named("byl"));

  add("published", "open-graph", og("article:published_time"));
  for (const name of DATE_META_NAMES) add("published", "meta", named(name));
  add("published", "meta", index.get("itemprop:datepublished") ?? []);
  add("published", "meta", readTimeElements(document));

  add("url", "open-graph", og("og:url"));
  add("url", "link", readCanonicalLinks(document));
  return candidates;
}
