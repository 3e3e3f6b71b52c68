import { parse as parseYaml } from "yaml";
import type { TArticleMeta, TBlock, TBlockKind, TFinding, TNormalizedArticle } from "@/lib/schemas/pipeline";
import { JOURNALIST_ROLE_RE, readCopyrightLine, readDateLine, readMastheadLine, readNavigationLine } from "./publication-lines";

export type NormalizeOptions = { fileName?: string | null };

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /(^|\r?\n)---[ \t]*(\r?\n|$)/;
const DATE_TOKEN = /^[ \t\u00A0]*date[ \t\u00A0]+(\d{4}-\d{2}-\d{2})\b[ \t\u00A0]*/i;
const DATE_LINE = /^date[ \t]*:?[ \t]*(\d{4}-\d{2}-\d{2})$/i;
const BYLINE = /^By\s+((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s*)+(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s*)+)*?)(?:,\s*([\p{Lu}][\p{L}\p{M}&.'’ -]{0,40}))?\s*$/u;
const WRITTEN_BY = /^(?:Written|Reported|Reporting|Words|Story)\s+by\s*:?\s*(.+?)\s*$/i;
const OWNED_BY = /^This (?:article|story|content|post) (?:is|was) (?:owned|published|produced|provided) by\s+(.+?)\.?\s*$/i;
const PROMO_PREFIX = /^(?:READ MORE|Read more|READ ALSO|ALSO READ|Also read|RELATED|Related|WATCH|Watch|LISTEN|Listen|MORE|SEE ALSO|See also|RECOMMENDED|Recommended|SPONSORED|Advertisement|ADVERTISEMENT)\b\s*[:|-]/;
const PROMO_WORDS = /\b(?:podcasts?|newsletters?|subscribe|subscription|sign up|follow us|download our app|click here)\b/i;
const PROMO_VERBS = /\b(?:listen|subscribe|sign up|follow|download|get|join|want|click|register)\b/i;
const BARE_PROMO = /^(?:Advertisement|ADVERTISEMENT|Share this article|Share|Copy link|Skip to content)$/;
const DATELINE = /^(?:[\p{Lu}][\p{L}\p{M}.'’ ,-]{0,40}\s)?\(([\p{Lu}][\p{L}\p{M}&.' ]{0,30})\)\s*[—–-]{1,2}\s*/u;
const CAPTION = [
  /(?:^|[\s.(])(?:Credit|Credits|Photo|Photos|Photograph|Image|Picture|Pictured|Source|Illustration)\s*:\s*\S/,
  /\((?:Photo|Picture|Image|Photograph|Credit)s?\b[^)]{0,80}\)\s*$/i,
  /\b(?:Photo|Image|Picture)\s+(?:by|credit|courtesy(?: of)?)\b/i,
  /\/\s*(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock)\s*$/,
];
const END_PUNCT = /[.!?:;,"”’'…)]$/;

export type NormalizeResult = TNormalizedArticle;

type Para = { start: number; end: number; kind: TBlockKind };

function emptyMeta(): TArticleMeta {
  return { outlet: null, title: null, byline: null, publishedAt: null, url: null };
}

function asString(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.map((x) => asString(x)).filter(Boolean).join(" and ") || null;
  return null;
}

function isoDate(v: string | null): string | null {
  if (!v) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  if (m) return m[1];
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString().slice(0, 10);
}

function isHeading(line: string): boolean {
  if (line.length > 110 || END_PUNCT.test(line)) return false;
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 16) return false;
  const content = words.filter((w) => /^[\p{L}]/u.test(w) && w.length > 3);
  if (content.length === 0) return false;
  const caps = content.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  return caps / content.length >= 0.75;
}

/** A sentence-case headline: the first line, short, with no sentence punctuation at its end. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  return words.length >= 3 && words.length <= 20 && line.length <= 150 && !END_PUNCT.test(line) && /^[\p{Lu}\p{N}'‘"“]/u.test(line);
}

function isCaption(line: string): boolean {
  if (line.length > 320) return false;
  return CAPTION.some((re) => re.test(line));
}

function isPromo(line: string): boolean {
  if (PROMO_PREFIX.test(line) || BARE_PROMO.test(line)) return true;
  return line.length < 400 && PROMO_WORDS.test(line) && PROMO_VERBS.test(line) && !/[“”"]/.test(line);
}

const SIMPLE_FM_LINE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]+([^\s\[\]{}"'|>&*!%@`#,-][^#\n]*?)[ \t]*$/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

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

/** Parse optional YAML front matter. Returns meta overrides and the body offset. */
function readFrontMatter(raw: string): { meta: Partial<TArticleMeta>; bodyStart: number } {
  const open = FRONT_MATTER_OPEN.exec(raw);
  if (!open) return { meta: {}, bodyStart: 0 };
  const rest = raw.slice(open[0].length);
  const close = FRONT_MATTER_CLOSE.exec(rest);
  if (!close) throw new Error("Malformed front matter: opening '---' has no closing '---' line");
  const yamlText = rest.slice(0, close.index);
  let data: unknown = simpleFrontMatter(yamlText);
  if (data === undefined) {
    try {
      data = parseYaml(yamlText);
    } catch (err) {
      throw new Error(`Malformed front matter: ${(err as Error).message}`);
    }
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Error("Malformed front matter: expected key: value pairs (outlet, title, byline, published, url)");
  }
  const d = data as Record<string, unknown>;
  const meta: Partial<TArticleMeta> = {};
  const outlet = asString(d.outlet ?? d.source);
  const title = asString(d.title);
  const byline = asString(d.byline ?? d.author ?? d.authors);
  const published = asString(d.published ?? d.date ?? d.publishedAt);
  const url = asString(d.url ?? d.link);
  if (outlet) meta.outlet = outlet;
  if (title) meta.title = title;
  if (byline) meta.byline = byline;
  if (published) meta.publishedAt = isoDate(published);
  if (url) meta.url = url;
  const bodyStart = open[0].length + close.index + close[0].length;
  return { meta, bodyStart };
}

/**
 * Strip boilerplate, detect metadata and split the article into paragraph blocks.
 * The stored text is the kept paragraphs joined by a blank line; paragraph text is kept verbatim.
 */
export function normalizeArticle(raw: string, options: NormalizeOptions = {}): TNormalizedArticle {
  void options;
  const { meta: fm, bodyStart } = readFrontMatter(raw);
  const detected = emptyMeta();
  const findings: TFinding[] = [];
  const paras: Para[] = [];

  const lineRe = /[^\n]*(?:\n|$)/g;
  lineRe.lastIndex = bodyStart;
  let first = true;
  let prevBlank = true;
  /** Non-empty lines seen so far: publication and masthead lines are read only near the top. */
  let lineNo = 0;
  for (;;) {
    const m = lineRe.exec(raw);
    if (!m || m[0].length === 0) break;
    let ls = m.index;
    let le = m.index + m[0].length;
    // trim trailing newline / whitespace
    while (le > ls && /[\s\u00A0]/.test(raw[le - 1])) le--;
    while (ls < le && /[\s\u00A0]/.test(raw[ls])) ls++;
    if (le <= ls) {
      prevBlank = true;
      if (lineRe.lastIndex >= raw.length) break;
      continue;
    }
    let line = raw.slice(ls, le);

    // date token at the start of a line (usually the first)
    const dt = DATE_TOKEN.exec(raw.slice(m.index, le));
    if (dt && (first || DATE_LINE.test(line))) {
      detected.publishedAt ??= dt[1];
      const tokEnd = m.index + dt[0].length;
      findings.push({ type: "metadata", message: `Publication date ${dt[1]} taken from the text`, start: ls, end: tokEnd });
      ls = tokEnd;
      if (le <= ls) {
        first = false;
        continue;
      }
      line = raw.slice(ls, le);
    }
    first = false;
    lineNo++;

    const removed = (message: string, type = "boilerplate") => {
      findings.push({ type, message, start: ls, end: le });
      prevBlank = true;
    };

    const dated = lineNo <= 8 ? readDateLine(line) : null;
    if (dated) {
      detected.publishedAt ??= dated.publishedAt;
      if (dated.outlet) detected.outlet ??= dated.outlet;
      removed(`Publication line removed: ${line}`, "metadata");
      continue;
    }
    const masthead = lineNo <= 4 ? readMastheadLine(line) : null;
    if (masthead) {
      detected.outlet ??= masthead;
      removed(`Masthead line removed: ${line}`, "metadata");
      continue;
    }
    const nav = readNavigationLine(line);
    if (nav) {
      if (nav.outlet && lineNo <= 3) detected.outlet ??= nav.outlet;
      removed(`Navigation line removed: ${line}`);
      continue;
    }
    const owner = readCopyrightLine(line);
    if (owner) {
      detected.outlet ??= owner;
      removed(`Copyright line removed: ${line}`);
      continue;
    }

    let mm: RegExpExecArray | null;
    if ((mm = BYLINE.exec(line)) && line.length < 160) {
      detected.byline ??= mm[1].trim().replace(/,$/, "");
      if (mm[2] && !JOURNALIST_ROLE_RE.test(mm[2].trim())) detected.outlet ??= mm[2].trim();
      removed(`Byline removed: ${line}`);
      continue;
    }
    if ((mm = WRITTEN_BY.exec(line)) && line.length < 120) {
      detected.byline ??= mm[1];
      removed(`Byline removed: ${line}`);
      continue;
    }
    if ((mm = OWNED_BY.exec(line)) && line.length < 160) {
      detected.outlet ??= mm[1];
      removed(`Ownership line removed: ${line}`);
      continue;
    }
    if (isPromo(line)) {
      removed(`Promotional line removed: ${line.slice(0, 80)}`);
      continue;
    }

    const dl = DATELINE.exec(line);
    if (dl && paras.length < 3) detected.outlet ??= dl[1].trim();

    let kind: TBlockKind = "body";
    if (isCaption(line)) kind = "caption";
    else if (isHeading(line) || (paras.length === 0 && isHeadline(line))) kind = "heading";
    // the first line, a heading before any paragraph, is the title
    if (kind === "heading" && paras.length === 0) detected.title ??= line;

    // hard-wrapped continuation: previous line in the same chunk did not end a sentence and this starts lower-case
    const prev = paras[paras.length - 1];
    if (!prevBlank && prev && prev.kind === "body" && kind === "body" && !/[.!?"”:]$/.test(raw.slice(prev.start, prev.end)) && /^[\p{Ll}]/u.test(line)) {
      prev.end = le;
    } else {
      paras.push({ start: ls, end: le, kind });
    }
    prevBlank = false;
    if (lineRe.lastIndex >= raw.length) break;
  }

  // Assemble the stored text.
  const blocks: TBlock[] = [];
  let text = "";
  for (const p of paras) {
    if (text.length) text += "\n\n";
    const start = text.length;
    text += raw.slice(p.start, p.end);
    blocks.push({ start, end: text.length, kind: p.kind });
  }

  const meta: TArticleMeta = {
    outlet: fm.outlet ?? detected.outlet,
    title: fm.title ?? detected.title,
    byline: fm.byline ?? detected.byline,
    publishedAt: fm.publishedAt ?? detected.publishedAt,
    url: fm.url ?? null,
  };
  return { text, meta, blocks, findings };
}
