import { CELL_LABELS, type TCellState } from "@/lib/format/matrix-cell";
import type { TSourceName } from "@/lib/format/source-name";

const ORDER: TCellState[] = ["agree", "variant", "conflict", "missing"];
const BAR_FILLS: Record<TCellState, string> = { agree: "fill-bar-agree", variant: "fill-bar-variant", conflict: "fill-bar-conflict", missing: "fill-bar-missing", single: "fill-bar-single" };

type Props = { rows: Array<{ id: string; name: TSourceName; counts: Record<TCellState, number> }>; total: number };

/** At most 20 characters (digits are wide), so a name fits the label column: the full name is in the tooltip. */
const MAX_LABEL = 20;
/** "Unnamed source" leaves room for this many characters of its file name or host. */
const MAX_DETAIL = 14;
const shortLabel = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/** An outlet's name; an unnamed source's short file name or host follows it, smaller and muted. */
function BarLabel({ name }: { name: TSourceName }) {
  if (!name.shortDetail) return <>{shortLabel(name.name)}</>;
  return (
    <>
      {name.name}
      <tspan fontSize="11" className="fill-subtle"> · {name.shortDetail.length > MAX_DETAIL ? `${name.shortDetail.slice(0, MAX_DETAIL - 1)}…` : name.shortDetail}</tspan>
    </>
  );
}

/** Stacked bars: for each outlet, the shared facts it agrees on, words differently, contradicts or leaves out. */
export function CoverageChart({ rows, total }: Props) {
  const barHeight = 26;
  const labelWidth = 230; // room for "Unnamed source · 003_99b…txt"
  const width = 720;
  const plot = width - labelWidth - 16;
  const height = rows.length * (barHeight + 10) + 30;
  const summary = rows
    .map((r) => `${r.name.text}: ${ORDER.map((k) => `${r.counts[k]} ${CELL_LABELS[k]}`).join(", ")}`)
    .join("; ");
  return (
    <figure className="rounded-lg border border-line bg-surface p-4">
      <figcaption className="mb-2 text-sm font-medium">Which outlet reports which of the {total} facts shared by two or more outlets</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" role="img" aria-label={`Coverage by outlet. ${summary}`}>
        {rows.map((row, i) => {
          const y = i * (barHeight + 10);
          let x = labelWidth;
          return (
            <g key={row.id}>
              <text x={labelWidth - 8} y={y + barHeight / 2 + 5} textAnchor="end" fontSize="13" className="fill-ink-soft">
                <title>{row.name.text}</title>
                <BarLabel name={row.name} />
              </text>
              {ORDER.map((state) => {
                const w = total ? (row.counts[state] / total) * plot : 0;
                const rect = (
                  <g key={state}>
                    <rect x={x} y={y} width={w} height={barHeight} className={BAR_FILLS[state]} />
                    {w > 22 && (
                      <text x={x + w / 2} y={y + barHeight / 2 + 5} textAnchor="middle" fontSize="12" className={state === "missing" ? "fill-on-bar-missing" : "fill-on-solid"}>
                        {row.counts[state]}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
        <g transform={`translate(${labelWidth}, ${height - 14})`}>
          {ORDER.map((state, i) => (
            <g key={state} transform={`translate(${i * 130}, 0)`}>
              <rect width="12" height="12" y="-10" className={BAR_FILLS[state]} />
              <text x="18" fontSize="12" className="fill-muted">{CELL_LABELS[state]}</text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
