import { listSources } from "@/lib/db/sources";
import { submitArticle } from "@/lib/articles/submit-article";
import { ArticleInputError } from "@/lib/articles/read-article-file";
import { describeSubmissionError } from "@/lib/articles/submission-errors";
import { isWriteAuthorized } from "@/lib/auth/admin-token";
import { MAX_ARTICLE_BYTES, ZArticleMetaInput, ZArticleTextInput } from "@/lib/schemas/article-input";

export const dynamic = "force-dynamic";

/** GET /api/sources — every stored source with metadata and counts. */
export async function GET() {
  const sources = await listSources();
  return Response.json({ sources });
}

const unauthorized = () =>
  Response.json({ error: "This server requires ADMIN_TOKEN for writes: send Authorization: Bearer <token>." }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });

/** POST /api/sources — JSON {text, outlet?, title?, byline?, published?, url?, format?, fileName?} or multipart (file or text + fields). */
export async function POST(request: Request) {
  if (!isWriteAuthorized(request)) return unauthorized();
  const declared = Number(request.headers.get("content-length") ?? 0);
  // Multipart adds headers around the file, so allow a little slack before refusing on the declared size.
  if (declared > MAX_ARTICLE_BYTES + 64 * 1024) {
    return Response.json({ error: `The request is ${declared} bytes; articles are limited to ${MAX_ARTICLE_BYTES} bytes.` }, { status: 413 });
  }
  try {
    const outcome = await submitArticle(await readSubmission(request));
    return Response.json(
      { id: outcome.id, created: outcome.created, counts: outcome.counts },
      { status: outcome.created ? 201 : 200, headers: { Location: `/api/sources/${outcome.id}` } },
    );
  } catch (error) {
    const described = describeSubmissionError(error);
    if (described.status === 500) console.error("POST /api/sources failed", error);
    return Response.json({ error: described.message, fieldErrors: described.fieldErrors }, { status: described.status });
  }
}

async function readSubmission(request: Request) {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("multipart/form-data")) {
    const form = await request.formData().catch(() => {
      throw new ArticleInputError("request", "the multipart body could not be read");
    });
    const meta = ZArticleMetaInput.parse(Object.fromEntries(["outlet", "title", "byline", "published", "url"].map((k) => [k, form.get(k) ?? undefined])));
    const file = form.get("file");
    if (file instanceof File && file.size > 0) {
      return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, meta };
    }
    const input = ZArticleTextInput.parse({ ...meta, text: form.get("text") ?? undefined, format: form.get("format") ?? undefined });
    return { text: input.text, format: input.format, fileName: input.fileName ?? null, meta };
  }
  const body: unknown = await request.json().catch(() => {
    throw new ArticleInputError("request", "send JSON (application/json) or multipart/form-data");
  });
  const input = ZArticleTextInput.parse(body);
  const { text, format, fileName, ...meta } = input;
  return { text, format, fileName: fileName ?? null, meta };
}
