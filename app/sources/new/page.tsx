import type { Metadata } from "next";
import { AddSourceForm } from "@/components/add-source-form";
import { MAX_ARTICLE_BYTES } from "@/lib/schemas/article-input";
import { listStoryChoices } from "@/lib/db/stories";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewSourcePage() {
  const stories = await listStoryChoices();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Add an article</h1>
      <p className="text-muted">
        The article is stored as text (never as HTML), analysed, and compared with the other articles of its story: the one it matches best, or the one you choose. Up to{" "}
        {Math.round(MAX_ARTICLE_BYTES / 1024 / 1024)} MB. The same content added twice is stored once.
      </p>
      <AddSourceForm stories={stories} />
    </div>
  );
}
