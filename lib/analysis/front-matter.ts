import { parse as parseYaml } from "yaml";
import { ZArticleMetaFields, type TArticleMetaFields } from "@/lib/schemas/article-meta";
import type { TArticleMeta } from "@/lib/schemas/pipeline";

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /(^|\r?\n)---[ \t]*(\r?\n|$)/;
const SIMPLE_FM_LINE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]+([^\s\[\]{}"'|>&*!%@`#,-][^#\n]*?)[ \t]*$/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

type TField = keyof TArticleMetaFields;
/** The keys each field may be written under, first found wins. */
const FIELD_KEYS: Record<TField, string[]> = {
  outlet: ["outlet", "source"],
  title: ["title"],
  byline: ["byline", "author", "authors"],
  published: ["published", "date", "publishedAt"],
  url: ["url", "link"],
};

export type TFrontMatterBlock = { yamlText: string; bodyStart: number };

/** The leading `---` block of an article, or null when it has none; an unclosed block is an error. */
export function findFrontMatter(raw: string): TFrontMatterBlock | null {
  const open = FRONT_MATTER_OPEN.exec(raw);
  if (!open) return null;
  const rest = raw.slice(open[0].length);
  const close = FRONT_MATTER_CLOSE.exec(rest);
  if (!close) throw new Error("Malformed front matter: opening '---' has no closing '---' line");
  return { yamlText: rest.slice(0, close.index), bodyStart: open[0].length + close.index + close[0].length };
}

/**
 * Fast path for the common front matter of plain `key: value` lines (no quoting, flow collections,
 * anchors, comments or numbers other than a YYYY-MM-DD date). Returns undefined when the YAML parser
 * is needed, so the result is always what the parser would give.
 */
function simpleFrontMatter(yamlText: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const rawLine of yamlText.split(/\r?\n/)) {
    if (!rawLine.trim()) continue;
    const m = SIMPLE_FM_LINE.exec(rawLine);
    if (!m) return undefined;
    const v = m[2];
    if (/:\s|\s#/.test(v)) return undefined;
    if (!PLAIN_DATE.test(v) && /^[-+.\d]/.test(v)) return undefined; // numbers, times: let the parser type them
    if (/^(?:true|false|yes|no|on|off|null|~)$/i.test(v)) return undefined;
    if (m[1] in out) return undefined;
    out[m[1]] = v;
  }
  return out;
}

/** The front matter's YAML as key/value pairs; malformed YAML or a non-mapping is an error. */
export function parseFrontMatterYaml(yamlText: string): Record<string, unknown> {
  let data: unknown = simpleFrontMatter(yamlText);
  if (data === undefined) {
    try {
      data = parseYaml(yamlText);
    } catch (err) {
      throw new Error(`Malformed front matter: ${(err as Error).message}`);
    }
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Error("Malformed front matter: expected key: value pairs (outlet, title, byline, published, url)");
  }
  return data as Record<string, unknown>;
}

/** A YAML value as the text a form field would carry; a string says why it cannot be one. */
function asFieldText(field: TField, value: unknown): { text: string } | { problem: string } {
  if (typeof value === "string") return { text: value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { problem: "Not a real calendar date" } : { text: value.toISOString().slice(0, 10) };
  if (typeof value === "number" || typeof value === "boolean") {
    return field === "published" ? { problem: "a bare number is not a date; use the form YYYY-MM-DD" } : { text: String(value) };
  }
  if (Array.isArray(value) && field === "byline" && value.every((v) => typeof v === "string" || typeof v === "number")) {
    return { text: value.map(String).filter((v) => v.trim()).join(" and ") };
  }
  return { problem: Array.isArray(value) ? "expected one value, not a list" : "expected text, not a mapping" };
}

function preview(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length <= 60 ? JSON.stringify(text) : `(${text.length} characters)`;
}

/**
 * The metadata a file declares, checked by the same schema as the form's fields: a value that
 * fails is an error naming the field (the article is refused), never stored and never ignored.
 */
export function readDeclaredMeta(data: Record<string, unknown>): Partial<TArticleMeta> {
  const values: Partial<Record<TField, string>> = {};
  const written: Partial<Record<TField, { key: string; value: unknown }>> = {};
  const problems: string[] = [];
  for (const field of Object.keys(FIELD_KEYS) as TField[]) {
    const key = FIELD_KEYS[field].find((k) => data[k] !== null && data[k] !== undefined);
    if (!key) continue;
    written[field] = { key, value: data[key] };
    const text = asFieldText(field, data[key]);
    if ("problem" in text) problems.push(`${key} ${preview(data[key])}: ${text.problem}`);
    else values[field] = text.text;
  }
  const parsed = ZArticleMetaFields.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = written[issue.path[0] as TField];
      problems.push(at ? `${at.key} ${preview(at.value)}: ${issue.message}` : issue.message);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid front matter: ${problems.join("; ")}`);
  const meta: Partial<TArticleMeta> = {};
  const { outlet, title, byline, published, url } = parsed.data ?? {};
  if (outlet) meta.outlet = outlet;
  if (title) meta.title = title;
  if (byline) meta.byline = byline;
  if (published) meta.publishedAt = published;
  if (url) meta.url = url;
  return meta;
}

/** Reads optional YAML front matter: the declared metadata and where the article body starts. */
export function readFrontMatter(raw: string): { meta: Partial<TArticleMeta>; bodyStart: number } {
  const block = findFrontMatter(raw);
  if (!block) return { meta: {}, bodyStart: 0 };
  return { meta: readDeclaredMeta(parseFrontMatterYaml(block.yamlText)), bodyStart: block.bodyStart };
}
