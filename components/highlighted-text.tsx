import { segmentByLayers, type TLayerSpan } from "@/lib/format/layer-spans";

type Block = { kind: string; start: number; end: number };

const LAYER_PRIORITY = ["highlight", "quote", "claim", "entity"];
/** A word covered by many overlapping records names the first few in its tooltip and counts the rest. */
const MAX_TITLES = 4;

/** The spans that overlap each block, found once per span instead of scanning every span for every block. */
function spansByBlock(blocks: Block[], spans: TLayerSpan[]): TLayerSpan[][] {
  const buckets: TLayerSpan[][] = blocks.map(() => []);
  for (const span of spans) {
    if (span.end <= span.start) continue;
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (blocks[mid].end <= span.start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < blocks.length && blocks[i].start < span.end; i++) buckets[i].push(span);
  }
  return buckets;
}

function titleOf(layers: TLayerSpan[]): string | undefined {
  const titles = layers.map((s) => s.title).filter(Boolean);
  if (!titles.length) return undefined;
  const shown = titles.slice(0, MAX_TITLES).join(" · ");
  return titles.length > MAX_TITLES ? `${shown} · and ${titles.length - MAX_TITLES} more` : shown;
}

/**
 * Stored text, paragraph by paragraph, with spans marked from their offsets (always rendered as text).
 * `blocks` are the paragraphs to show, in order: the whole article, or one part of a long one.
 */
export function HighlightedText({ text, blocks, spans }: { text: string; blocks: Block[]; spans: TLayerSpan[] }) {
  const paragraphs = blocks.length ? blocks : [{ kind: "body", start: 0, end: text.length }];
  const buckets = spansByBlock(paragraphs, spans);
  return (
    <div className="space-y-4 leading-relaxed">
      {paragraphs.map((block, index) => {
        const segments = segmentByLayers(block.start, block.end, buckets[index]);
        const content = segments.map((segment) => {
          const words = text.slice(segment.start, segment.end);
          const anchors = segment.anchors.map((id) => <span key={id} id={id} />);
          const top = LAYER_PRIORITY.find((layer) => segment.layers.some((s) => s.layer === layer));
          if (!top) return <span key={segment.start}>{anchors}{words}</span>;
          return (
            <span key={segment.start}>
              {anchors}
              <mark
                data-kind={top === "highlight" ? "quote" : top}
                data-linked={top === "highlight" || undefined}
                title={titleOf(segment.layers)}
                className={top === "highlight" ? "ring-2 ring-highlight" : undefined}
              >
                {words}
              </mark>
            </span>
          );
        });
        if (block.kind === "caption") {
          return (
            <p key={block.start} className="border-l-4 border-line-strong pl-3 text-sm italic text-subtle">
              <span className="mr-2 not-italic font-semibold uppercase tracking-wide text-faint">Caption</span>
              {content}
            </p>
          );
        }
        if (block.kind === "heading") return <h2 key={block.start} className="pt-2 text-lg font-semibold">{content}</h2>;
        return <p key={block.start}>{content}</p>;
      })}
    </div>
  );
}
