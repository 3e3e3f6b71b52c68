import type { TArticleMeta, TBlock, TBlockKind, TFinding, TNormalizedArticle } from "@/lib/schemas/pipeline";
import { keepValidMeta } from "@/lib/schemas/article-meta";
import { readFrontMatter } from "./front-matter";
import { JOURNALIST_ROLE_RE, readCopyrightLine, readDateLine, readMastheadLine, readNavigationLine } from "./publication-lines";

export type NormalizeOptions = { fileName?: string | null };

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

  // Detected values follow the declared fields' rules; one that fails is left empty, as if not stated.
  const valid = keepValidMeta(detected);
  for (const { field, message } of valid.dropped) {
    findings.push({ type: "metadata", message: `Detected ${field} left empty: ${message}`, start: null, end: null });
  }
  const meta: TArticleMeta = {
    outlet: fm.outlet ?? valid.meta.outlet,
    title: fm.title ?? valid.meta.title,
    byline: fm.byline ?? valid.meta.byline,
    publishedAt: fm.publishedAt ?? valid.meta.publishedAt,
    url: fm.url ?? null,
  };
  return { text, meta, blocks, findings };
}
