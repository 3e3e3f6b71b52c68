"use client";

import Link from "next/link";
import { useActionState } from "react";
import { addSource, type TAddSourceState } from "@/lib/actions/add-source";
import type { TStoryChoiceOption } from "@/lib/db/stories";
import { storyPath } from "@/lib/format/story-paths";

const INITIAL: TAddSourceState = { ok: true, message: "", fieldErrors: {}, values: {} };

const FIELDS = [
  { name: "outlet", label: "Outlet", type: "text", placeholder: "e.g. The Daily Example" },
  { name: "title", label: "Title", type: "text" },
  { name: "byline", label: "Byline", type: "text" },
  { name: "published", label: "Published (YYYY-MM-DD)", type: "text", placeholder: "2024-04-06" },
  { name: "url", label: "URL (where the article is published)", type: "url", placeholder: "https://…" },
] as const;

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return <p id={id} className="mt-1 text-xs text-danger">{errors.join(" ")}</p>;
}

/** Paste or upload an article with optional metadata and a story; shows progress while the pipeline runs. */
export function AddSourceForm({ stories }: { stories: TStoryChoiceOption[] }) {
  const [state, action, isPending] = useActionState(addSource, INITIAL);
  const values = state.values;
  return (
    <form action={action} className="space-y-4 rounded-lg border border-line bg-surface p-4" aria-describedby="form-status">
      <div>
        <label htmlFor="link" className="block text-sm font-medium">Link to the article</label>
        <input
          id="link" name="link" type="url" inputMode="url" defaultValue={values.link} key={`link-${state.sourceId ?? ""}-${state.message}`}
          placeholder="https://…" aria-invalid={Boolean(state.fieldErrors.link)} aria-describedby="link-hint link-error"
          className="mt-1 w-full rounded border border-line-strong px-2 py-1.5 text-sm"
        />
        <p id="link-hint" className="mt-1 text-xs text-subtle">
          The page is fetched and its outlet, title, byline, date and address are read from its metadata.
        </p>
        <FieldError id="link-error" errors={state.fieldErrors.link} />
      </div>
      <div>
        <label htmlFor="text" className="block text-sm font-medium">…or paste the article text</label>
        <textarea
          id="text" name="text" rows={12} defaultValue={values.text} key={`text-${state.sourceId ?? ""}-${state.message}`}
          aria-invalid={Boolean(state.fieldErrors.text)} aria-describedby="text-error"
          className="mt-1 w-full rounded border border-line-strong px-2 py-1.5 font-mono text-sm"
          placeholder="Paste the article here (plain text or Markdown with optional front matter)…"
        />
        <FieldError id="text-error" errors={state.fieldErrors.text} />
      </div>
      <div>
        <label htmlFor="file" className="block text-sm font-medium">…or upload a file (.txt, .md, .html)</label>
        <input id="file" name="file" type="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" className="mt-1 block text-sm" />
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-medium">Metadata (optional; wins over what is detected in the text)</legend>
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={f.name} className="block text-xs font-medium text-muted">{f.label}</label>
            <input
              id={f.name} name={f.name} type={f.type} defaultValue={values[f.name]} key={`${f.name}-${state.message}`}
              placeholder={"placeholder" in f ? f.placeholder : undefined}
              aria-invalid={Boolean(state.fieldErrors[f.name])} aria-describedby={`${f.name}-error`}
              className="mt-1 w-full rounded border border-line-strong px-2 py-1.5 text-sm"
            />
            <FieldError id={`${f.name}-error`} errors={state.fieldErrors[f.name]} />
          </div>
        ))}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2" aria-describedby="story-error">
        <legend className="mb-1 text-sm font-medium">Story (the articles it is compared with)</legend>
        <div className="min-w-0">
          <label htmlFor="story" className="block text-xs font-medium text-muted">Story</label>
          <select
            id="story" name="story" defaultValue={values.story ?? ""} key={`story-${state.message}`}
            aria-invalid={Boolean(state.fieldErrors.story)} className="mt-1 w-full min-w-0 rounded border border-line-strong px-2 py-1.5 text-sm"
          >
            <option value="">Best match (automatic)</option>
            {stories.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            <option value="new">New story titled…</option>
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor="storyTitle" className="block text-xs font-medium text-muted">Title of the new story</label>
          <input
            id="storyTitle" name="storyTitle" maxLength={200} defaultValue={values.storyTitle} key={`storyTitle-${state.message}`}
            aria-invalid={Boolean(state.fieldErrors.story)} className="mt-1 w-full min-w-0 rounded border border-line-strong px-2 py-1.5 text-sm"
          />
        </div>
        <p className="text-xs text-subtle sm:col-span-2">The title is used with “New story titled…”; a story of exactly that title is joined.</p>
        <div className="sm:col-span-2"><FieldError id="story-error" errors={state.fieldErrors.story} /></div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} className="rounded bg-primary px-4 py-2 text-sm font-medium text-on-solid hover:bg-primary-hover disabled:opacity-60">
          {isPending ? "Adding…" : "Add article"}
        </button>
        {isPending && (
          <span className="flex items-center gap-2 text-sm text-muted">
            <progress aria-label="Fetching or reading the article, analysing it and recomputing comparisons" className="h-2 w-32" />
            Reading the article (fetching the page if you gave a link), extracting quotes, entities and claims, then comparing with the story&apos;s other articles…
          </span>
        )}
      </div>
      <div id="form-status" role="status" aria-live="polite" className={`text-sm ${state.ok ? "text-success-ink" : "text-danger"}`}>
        {state.message}
        {state.ok && state.sourceId && (
          <>
            {" "}<Link href={`/sources/${state.sourceId}`} className="text-link underline">Open the article</Link>
            {state.storyId && <> · <Link href={storyPath(state.storyId)} className="text-link underline">Open its story</Link></>}
          </>
        )}
      </div>
    </form>
  );
}
