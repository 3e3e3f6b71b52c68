import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";

export const ARTICLE_EXTENSIONS = [".txt", ".md"] as const;
/** Larger files are refused before they are read: no news article comes near this. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export class ArticleInputError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "ArticleInputError";
  }
}

/** Decodes bytes as strict UTF-8 and refuses what is not article text. */
export function decodeArticleBytes(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleInputError(file, "the file is empty");
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleInputError(file, `the file is ${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES}`);
  if (bytes.includes(0)) throw new ArticleInputError(file, "the file contains NUL bytes: it looks binary, not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(file, "the file is not valid UTF-8 text");
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new ArticleInputError(file, "the file contains only whitespace");
  if (!/\p{L}{2,}/u.test(text)) throw new ArticleInputError(file, "the file contains no words");
  return text;
}

export async function readArticleFile(file: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new ArticleInputError(file, "no such file or directory");
  if (!info.isFile()) throw new ArticleInputError(file, "not a regular file");
  if (!ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase() as (typeof ARTICLE_EXTENSIONS)[number])) {
    throw new ArticleInputError(file, `unsupported file type; expected ${ARTICLE_EXTENSIONS.join(" or ")}`);
  }
  if (info.size > MAX_ARTICLE_BYTES) throw new ArticleInputError(file, `the file is ${info.size} bytes; the limit is ${MAX_ARTICLE_BYTES}`);
  return decodeArticleBytes(file, await readFile(file));
}

/** Expands each path: a file stays itself, a directory gives its article files (sorted, recursively). */
export async function expandArticlePaths(paths: string[]): Promise<{ files: string[]; errors: ArticleInputError[] }> {
  const files: string[] = [];
  const errors: ArticleInputError[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) errors.push(new ArticleInputError(p, "no such file or directory"));
    else if (info.isDirectory()) {
      const found = await listArticleFiles(p);
      if (found.length === 0) errors.push(new ArticleInputError(p, `the directory holds no ${ARTICLE_EXTENSIONS.join(" or ")} files`));
      files.push(...found);
    } else files.push(p);
  }
  return { files, errors };
}

async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase() as never))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
