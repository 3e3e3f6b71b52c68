import { mergeStoryAction, renameStoryAction } from "@/lib/actions/edit-stories";
import type { TStory, TStoryChoiceOption } from "@/lib/db/stories";
import type { TStoryEditError } from "@/lib/schemas/search-params";

const ERRORS: Record<TStoryEditError, string> = {
  title: "Give the story a title of one line (at most 200 characters).",
  target: "Choose another story to merge into; the list may have changed, so reload the page.",
  gone: "This story no longer exists.",
};

const input = "mt-1 w-full min-w-0 rounded border border-line-strong px-2 py-1.5 text-sm";
const button = "rounded border border-primary-line px-3 py-1.5 text-sm font-medium text-link-strong hover:bg-primary-soft";

/** Rename a story, or merge it into another (its articles move there and both are recomputed). */
export function StoryEditForms({ story, others, error }: { story: TStory; others: TStoryChoiceOption[]; error?: TStoryEditError }) {
  return (
    <section id="story-edits" aria-labelledby="story-edits-heading" className="no-print rounded-lg border border-line bg-surface p-4">
      <h2 id="story-edits-heading" className="text-lg font-semibold">Edit this story</h2>
      {error && <p role="alert" className="mt-2 text-sm text-danger">{ERRORS[error]}</p>}
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <form action={renameStoryAction} className="min-w-0">
          <input type="hidden" name="storyId" value={story.id} />
          <label htmlFor="story-title" className="block text-sm font-medium">Rename</label>
          <div className="flex flex-wrap items-end gap-2">
            <input
              id="story-title" name="title" defaultValue={story.title} required maxLength={200}
              aria-invalid={error === "title"} className={`${input} flex-1 basis-48`}
            />
            <button type="submit" className={button}>Rename</button>
          </div>
        </form>
        <form action={mergeStoryAction} className="min-w-0">
          <input type="hidden" name="storyId" value={story.id} />
          {others.length === 0 ? (
            <>
              <p className="block text-sm font-medium">Merge into…</p>
              <p className="mt-1 text-sm text-subtle">There is no other story to merge into.</p>
            </>
          ) : (
            <>
              <label htmlFor="merge-into" className="block text-sm font-medium">Merge into…</label>
              <div className="flex flex-wrap items-end gap-2">
                <select id="merge-into" name="intoStoryId" required defaultValue="" aria-invalid={error === "target"} aria-describedby="merge-note" className={`${input} flex-1 basis-48`}>
                  <option value="" disabled>Choose a story</option>
                  {others.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
                </select>
                <button type="submit" className={button}>Merge</button>
              </div>
              <p id="merge-note" className="mt-1 text-xs text-subtle">Every article of this story moves there; both are compared anew and this story is removed.</p>
            </>
          )}
        </form>
      </div>
    </section>
  );
}
