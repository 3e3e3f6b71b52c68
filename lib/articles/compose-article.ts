import { stringify, parse } from "yaml";
import type { TArticleMetaInput } from "../schemas/article-input";

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Writes given metadata as YAML front matter ahead of the text, so the pipeline treats an
 * uploaded article with a form's metadata exactly like a file that carries front matter.
 * Metadata already in the text's front matter is kept unless the caller gives a new value.
 */
export function composeArticle(text: string, meta: TArticleMetaInput): string {
  const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== ""));
  if (Object.keys(given).length === 0) return text;
  const match = FRONT_MATTER.exec(text);
  let existing: Record<string, unknown> = {};
  if (match) {
    const parsed: unknown = parse(match[1]);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) existing = parsed as Record<string, unknown>;
  }
  const body = match ? text.slice(match[0].length) : text;
  return `---\n${stringify({ ...existing, ...given }).trimEnd()}\n---\n${body}`;
}
