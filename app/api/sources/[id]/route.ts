import { getSourceDetail } from "@/lib/db/sources";
import { removeArticle } from "@/lib/use-cases/story-edits";
import { refuseUnauthorizedWrite } from "@/lib/auth/api-write-access";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/sources/:id — one stored source with its quotes, claims and mentions. */
export async function GET(_request: Request, { params }: Context) {
  const source = await getSourceDetail((await params).id);
  if (!source) return Response.json({ error: "No source with this id" }, { status: 404 });
  return Response.json({ source });
}

/** DELETE /api/sources/:id — removes the source and its records; comparisons are recomputed. */
export async function DELETE(request: Request, { params }: Context) {
  const refused = await refuseUnauthorizedWrite(request);
  if (refused) return refused;
  const removed = await removeArticle((await params).id);
  if (!removed) return Response.json({ error: "No source with this id" }, { status: 404 });
  return new Response(null, { status: 204 });
}
