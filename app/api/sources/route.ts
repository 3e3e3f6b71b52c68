import { z } from "zod";
import { listSources } from "@/lib/db/sources";
import { submitArticle } from "@/lib/articles/submit-article";
import { ArticleInputError } from "@/lib/articles/read-article-file";
import { describeSubmissionError } from "@/lib/articles/submission-errors";
import { refuseUnauthorizedWrite } from "@/lib/auth/api-write-access";
import { MAX_ARTICLE_BYTES, ZArticleMetaInput, ZArticleTextInput } from "@/lib/schemas/article-input";
import { ZStoryChoiceText } from "@/lib/schemas/story-choice";
import { BodyEncodingError, BodyTooLargeError, MAX_BODY_BYTES, decodeUtf8Strict, readBoundedBody } from "@/lib/http/read-bounded-body";

export const dynamic = "force-dynamic";

/** GET /api/sources — every stored source with metadata and counts. */
export async function GET() {
  const sources = await listSources();
  return Response.json({ sources });
}

const tooLarge = (what: string) =>
  Response.json(
    { error: `${what}; articles are limited to ${MAX_ARTICLE_BYTES} bytes (${MAX_BODY_BYTES} bytes of request body). Nothing was stored.` },
    // The rest of an oversized body is not read: close the connection rather than drain it.
    { status: 413, headers: { Connection: "close" } },
  );

/**
 * POST /api/sources — JSON {text, outlet?, title?, byline?, published?, url?, format?, fileName?, story?} or
 * multipart (file or text + fields). Without text or file, `url` is a link: the page is fetched and its
 * metadata read (what the request gives still wins). `story` is a story id or title; without it the
 * article joins the story it matches best, or starts one.
 */
export async function POST(request: Request) {
  const refused = await refuseUnauthorizedWrite(request);
  if (refused) return refused;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) return tooLarge(`The request is ${declared} bytes`);
  try {
    const outcome = await submitArticle(await readSubmission(request));
    return Response.json(
      { id: outcome.id, created: outcome.created, storyId: outcome.storyId, counts: outcome.counts },
      { status: outcome.created ? 201 : 200, headers: { Location: `/api/sources/${outcome.id}` } },
    );
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge(`The request body passed ${MAX_BODY_BYTES} bytes before it ended`);
    if (error instanceof BodyEncodingError) return Response.json({ error: error.message, fieldErrors: { text: [error.message] } }, { status: 400 });
    const described = describeSubmissionError(error);
    if (described.status === 500) console.error("POST /api/sources failed", error);
    const headers = described.retryAfterSeconds ? { "Retry-After": String(described.retryAfterSeconds) } : undefined;
    return Response.json({ error: described.message, fieldErrors: described.fieldErrors }, { status: described.status, headers });
  }
}

/** Reads the body within MAX_BODY_BYTES (whatever Content-Length says), then parses it as multipart or strict UTF-8 JSON. */
async function readSubmission(request: Request) {
  const type = request.headers.get("content-type") ?? "";
  const bytes = await readBoundedBody(request.body, MAX_BODY_BYTES);
  if (type.includes("multipart/form-data")) {
    const form = await new Response(bytes, { headers: { "content-type": type } }).formData().catch(() => {
      throw new ArticleInputError("request", "the multipart body could not be read");
    });
    const meta = ZArticleMetaInput.parse(Object.fromEntries(["outlet", "title", "byline", "published", "url"].map((k) => [k, form.get(k) ?? undefined])));
    const story = parseStory(form.get("story") ?? undefined);
    const file = form.get("file");
    if (file instanceof File && file.size > 0) {
      return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, meta, story };
    }
    if (isBlank(form.get("text")) && meta.url) return { link: meta.url, meta, story };
    const input = ZArticleTextInput.parse({ ...meta, text: form.get("text") ?? undefined, format: form.get("format") ?? undefined });
    return { text: input.text, format: input.format, fileName: input.fileName ?? null, meta, story };
  }
  const body = parseJsonBody(decodeUtf8Strict(bytes));
  const story = parseStory((body as { story?: unknown } | null)?.story);
  if (isBlank((body as { text?: unknown } | null)?.text)) {
    const meta = ZArticleMetaInput.parse(body);
    if (meta.url) return { link: meta.url, meta, story };
  }
  const input = ZArticleTextInput.parse(body);
  const { text, format, fileName, ...meta } = input;
  return { text, format, fileName: fileName ?? null, meta, story };
}

/** No text given: absent, null, or only whitespace. */
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

// An escaped lone surrogate ("\ud800") is valid JSON but no character: it would be stored as U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function parseJsonBody(json: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    throw new ArticleInputError("request", "send JSON (application/json) or multipart/form-data");
  }
  const text = (body as { text?: unknown } | null)?.text;
  if (typeof text === "string" && LONE_SURROGATE.test(text)) {
    throw new ArticleInputError("request", "the text contains an unpaired surrogate escape (\\uD800–\\uDFFF), which is not a character");
  }
  return body;
}

/** The `story` field: an id, a title, or nothing; a wrong type is a field error like any other. */
function parseStory(value: unknown) {
  const parsed = ZStoryChoiceText.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new z.ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: ["story"] })));
}
