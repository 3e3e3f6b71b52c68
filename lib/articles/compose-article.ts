import { stringify } from "yaml";
import { findFrontMatter, parseFrontMatterYaml } from "../analysis/front-matter";
import { ZArticleMetaFields, type TArticleMetaFields } from "../schemas/article-meta";
import type { TArticleMetaInput } from "../schemas/article-input";

/**
 * The given values that pass their field's rule, as that rule writes them. What a person typed was
 * already checked (a field error refuses it); what reaches here unchecked is detected, such as an
 * HTML page's title or byline, so a value that fails is left out, as detection leaves it empty.
 */
function validGivenMeta(meta: TArticleMetaInput): Partial<TArticleMetaFields> {
  const given: Partial<Record<keyof TArticleMetaFields, string>> = {};
  for (const field of Object.keys(ZArticleMetaFields.shape) as Array<keyof TArticleMetaFields>) {
    const parsed = ZArticleMetaFields.shape[field].safeParse(meta[field]);
    if (parsed.success && parsed.data) given[field] = parsed.data;
  }
  return given;
}

/**
 * Writes given metadata as YAML front matter ahead of the text, so the pipeline treats an
 * uploaded article with a form's metadata exactly like a file that carries front matter.
 * Metadata already in the text's front matter is kept unless the caller gives a new value; it is
 * checked later, with the rest of the front matter, when the article is read.
 */
export function composeArticle(text: string, meta: TArticleMetaInput): string {
  const given = validGivenMeta(meta);
  if (Object.keys(given).length === 0) return text;
  let existing: Record<string, unknown> = {};
  let body = text;
  try {
    const block = findFrontMatter(text);
    if (block) {
      existing = parseFrontMatterYaml(block.yamlText);
      body = text.slice(block.bodyStart);
    }
  } catch {
    return text; // malformed front matter: reading the article refuses it with its own message
  }
  return `---\n${stringify({ ...existing, ...given }).trimEnd()}\n---\n${body}`;
}
