import Link from "next/link";
import type { TTextPart } from "@/lib/format/source-parts";

type Props = {
  sourceId: string;
  part: TTextPart;
  partCount: number;
  textLength: number;
  /** The linked passage, kept in the links so it stays marked when its part is shown again. */
  linked?: { start: number; end: number };
  /** The note says what the page shows; the bottom copy only pages on. */
  withNote?: boolean;
};

const formatCount = (n: number) => n.toLocaleString("en-US");

/** Where a long article's page is (characters shown of how many) and links to its other parts. */
export function SourcePartNav({ sourceId, part, partCount, textLength, linked, withNote = false }: Props) {
  if (partCount <= 1) return null;
  const href = (number: number) => ({
    pathname: `/sources/${sourceId}`,
    query: { ...(linked ? { start: String(linked.start), end: String(linked.end) } : {}), part: String(number) },
  });
  const label = withNote ? "Parts of the article" : "Parts of the article (end)";
  return (
    <nav aria-label={label} className="my-4 rounded border border-warning-line bg-warning-faint p-3 text-sm">
      {withNote && (
        <p data-testid="part-note" className="mb-2 text-ink-soft">
          Showing characters {formatCount(part.start + 1)}–{formatCount(part.end)} of {formatCount(textLength)} (part{" "}
          {part.number} of {partCount}). This article is long, so it is shown in parts; the highlights and the lists of quotes and entities cover this part only.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {part.number > 1 ? (
          <Link href={href(part.number - 1)} rel="prev" className="text-link underline underline-offset-2">← Previous part ({part.number - 1})</Link>
        ) : (
          <span className="text-subtle">← Previous part</span>
        )}
        <span aria-current="page">Part {part.number} of {partCount}</span>
        {part.number < partCount ? (
          <Link href={href(part.number + 1)} rel="next" className="text-link underline underline-offset-2">Next part ({part.number + 1}) →</Link>
        ) : (
          <span className="text-subtle">Next part →</span>
        )}
        {withNote && (
          <form action={`/sources/${sourceId}`} method="get" className="flex items-center gap-2">
            {linked && <input type="hidden" name="start" value={linked.start} />}
            {linked && <input type="hidden" name="end" value={linked.end} />}
            <label htmlFor="part-number">Go to part</label>
            <input id="part-number" name="part" type="number" min={1} max={partCount} defaultValue={part.number} required className="w-20 rounded border border-line-strong px-2 py-1" />
            <button type="submit" className="rounded border border-primary-line px-2 py-1 font-medium text-link-strong hover:bg-primary-soft">Show</button>
          </form>
        )}
      </div>
    </nav>
  );
}
