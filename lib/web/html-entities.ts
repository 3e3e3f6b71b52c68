/**
 * A decoder for HTML character references (`&amp;`, `&rsquo;`, `&#8217;`), which some pages leave in
 * JSON-LD strings. It uses the HTML parser of a scratch document of the same DOM implementation, so
 * every named reference decodes as a browser would; the page's own document is never touched, and a
 * textarea's text is never parsed as markup.
 */
export function createHtmlEntityDecoder(document: Document): (text: string) => string {
  let textarea: HTMLTextAreaElement | null = null;
  return (text) => {
    if (!text.includes("&")) return text;
    textarea ??= document.implementation.createHTMLDocument("").createElement("textarea");
    textarea.innerHTML = text;
    return textarea.value;
  };
}
