/**
 * An outlet's exact words, quoted and linked to the span in the stored article.
 * `valueStart`/`valueEnd` (absolute offsets) optionally mark the value inside the excerpt.
 * A plain link, not next/link: a page holds hundreds of excerpts, and prefetching every article
 * they point at would cost more than it saves.
 */
export function Excerpt({
  sourceId, text, start, end, valueStart, valueEnd,
}: { sourceId: string; text: string; start: number; end: number; valueStart?: number; valueEnd?: number }) {
  const hasValue = valueStart !== undefined && valueEnd !== undefined && valueStart >= start && valueEnd <= end && valueEnd > valueStart;
  // Text and the space before the link as one string each: fewer text nodes (and <!-- --> separators) per excerpt.
  const body = hasValue ? (
    <>
      {text.slice(0, valueStart - start)}
      <strong className="excerpt-value">{text.slice(valueStart - start, valueEnd - start)}</strong>
      {`${text.slice(valueEnd - start)} `}
    </>
  ) : (
    `${text} `
  );
  return (
    <blockquote className="excerpt">
      {body}
      <a href={`/sources/${sourceId}?start=${start}&end=${end}#highlight`} className="excerpt-link" aria-label={`Open in the article (characters ${start} to ${end})`}>
        {`chars ${start}–${end}`}
      </a>
    </blockquote>
  );
}
