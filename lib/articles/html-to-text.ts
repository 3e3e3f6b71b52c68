import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
import { DEFAULT_MAX_HTML_DEPTH } from "./article-limits";
import { assertHtmlNestingWithin } from "./html-nesting";
import { readPageMetadata, type TPageMetadata } from "../web/page-metadata";

/** The article's text, Readability's title and byline, and what the page's own metadata states. */
export type THtmlArticle = { text: string; title: string | null; byline: string | null; page: TPageMetadata };

/** Stands in for a page's address when it has none, so relative links resolve somewhere harmless. */
const NO_PAGE_URL = "https://article.invalid/";

const BLOCK_SELECTOR = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre";

/**
 * Reduces an HTML page to its article text, one paragraph per block, using Readability on a
 * script-less DOM: nothing in the page runs, and no markup survives into the stored text. The page's
 * metadata (JSON-LD, Open Graph, meta tags) is read from the same DOM before Readability changes it.
 * A page nested deeper than `maxDepth` is refused before any DOM is built.
 */
export function htmlToArticleText(html: string, url?: string, options: { label?: string; maxDepth?: number } = {}): THtmlArticle {
  assertHtmlNestingWithin(options.label ?? "HTML", html, options.maxDepth ?? DEFAULT_MAX_HTML_DEPTH);
  const dom = new JSDOM(html, { url: url ?? NO_PAGE_URL, runScripts: undefined, resources: undefined });
  const page = withoutPlaceholderUrl(readPageMetadata(dom.window.document, url ?? NO_PAGE_URL));
  const parsed = new Readability(dom.window.document, { charThreshold: 100 }).parse();
  const container = parsed?.content ? new JSDOM(parsed.content).window.document.body : dom.window.document.body;
  const blocks = [...container.querySelectorAll(BLOCK_SELECTOR)]
    .filter((el) => !el.querySelector(BLOCK_SELECTOR))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const text = (blocks.length ? blocks.join("\n\n") : (container.textContent ?? "").replace(/[ \t]+/g, " ")).trim();
  return { text, title: parsed?.title?.trim() || null, byline: parsed?.byline?.trim() || null, page };
}

/** A relative link on a page without an address resolved against the placeholder: it names no real page. */
function withoutPlaceholderUrl(page: TPageMetadata): TPageMetadata {
  if (!page.url?.startsWith(NO_PAGE_URL)) return page;
  const from = { ...page.from };
  delete from.url;
  return { ...page, url: null, from };
}
