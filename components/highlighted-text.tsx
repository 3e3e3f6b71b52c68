import { segmentByLayers, type TLayerSpan } from "@/lib/format/layer-spans";

type Block = { kind: string; start: number; end: number };

const LAYER_PRIORITY = ["highlight", "quote", "claim", "entity"];

/** The stored text, paragraph by paragraph, with spans marked from their offsets (always rendered as text). */
export function HighlightedText({ text, blocks, spans }: { text: string; blocks: Block[]; spans: TLayerSpan[] }) {
  const paragraphs = blocks.length ? blocks : [{ kind: "body", start: 0, end: text.length }];
  return (
    <div className="space-y-4 leading-relaxed">
      {paragraphs.map((block) => {
        const segments = segmentByLayers(block.start, block.end, spans);
        const content = segments.map((segment) => {
          const words = text.slice(segment.start, segment.end);
          const anchors = segment.anchors.map((id) => <span key={id} id={id} />);
          const top = LAYER_PRIORITY.find((layer) => segment.layers.some((s) => s.layer === layer));
          if (!top) return <span key={segment.start}>{anchors}{words}</span>;
          const titles = segment.layers.map((s) => s.title).filter(Boolean).join(" · ");
          return (
            <span key={segment.start}>
              {anchors}
              <mark data-kind={top === "highlight" ? "quote" : top} title={titles || undefined} className={top === "highlight" ? "ring-2 ring-violet-600" : undefined}>
                {words}
              </mark>
            </span>
          );
        });
        if (block.kind === "caption") {
          return (
            <p key={block.start} className="border-l-4 border-slate-300 pl-3 text-sm italic text-slate-600">
              <span className="mr-2 not-italic font-semibold uppercase tracking-wide text-slate-500">Caption</span>
              {content}
            </p>
          );
        }
        if (block.kind === "heading") return <h3 key={block.start} className="pt-2 text-lg font-semibold">{content}</h3>;
        return <p key={block.start}>{content}</p>;
      })}
    </div>
  );
}
