import { moveSourceAction } from "@/lib/actions/edit-stories";
import type { TStoryChoiceOption } from "@/lib/db/stories";
import type { TStoryEditError } from "@/lib/schemas/search-params";

const ERRORS: Partial<Record<TStoryEditError, string>> = {
  title: "Give the new story a title of one line (at most 200 characters).",
  target: "Choose a story; the list may have changed, so reload the page.",
};

const input = "mt-1 w-full min-w-0 rounded border border-line-strong px-2 py-1.5 text-sm";

/** On a source page: move the article to another story, or to a new one, and compare it there. */
export function MoveSourceForm({ sourceId, others, error }: { sourceId: string; others: TStoryChoiceOption[]; error?: TStoryEditError }) {
  const message = error ? ERRORS[error] : undefined;
  return (
    <details id="story-edits" open={Boolean(message)} className="rounded-lg border border-line bg-surface p-4">
      <summary className="cursor-pointer text-sm font-medium text-link-strong">Move to story…</summary>
      <form action={moveSourceAction} className="mt-2 space-y-2">
        <input type="hidden" name="sourceId" value={sourceId} />
        {message && <p role="alert" className="text-sm text-danger">{message}</p>}
        <div>
          <label htmlFor="move-target" className="block text-xs font-medium text-muted">Story</label>
          <select id="move-target" name="target" required defaultValue={others.length ? "" : "new"} aria-invalid={error === "target"} className={input}>
            {others.length > 0 && <option value="" disabled>Choose a story</option>}
            {others.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            <option value="new">New story (title below)</option>
          </select>
        </div>
        <div>
          <label htmlFor="move-title" className="block text-xs font-medium text-muted">Title of the new story</label>
          <input id="move-title" name="title" maxLength={200} aria-invalid={error === "title"} aria-describedby="move-note" className={input} />
        </div>
        <p id="move-note" className="text-xs text-subtle">Used only with “New story”. The article leaves its story; both stories are compared anew.</p>
        <button type="submit" className="rounded border border-primary-line px-3 py-1.5 text-sm font-medium text-link-strong hover:bg-primary-soft">Move article</button>
      </form>
    </details>
  );
}
