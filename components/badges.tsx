import { REVIEW_LABELS } from "@/lib/format/labels";

const KIND_STYLES: Record<string, string> = {
  conflict: "bg-danger-soft text-danger-ink ring-danger-line",
  variant: "bg-warning-soft text-warning-ink ring-warning-line",
  omission: "bg-info-soft text-info-ink ring-info-line",
  attribution: "bg-special-soft text-special-ink ring-special-line",
  agree: "bg-success-soft text-success-ink ring-success-line",
  single: "bg-chip text-muted ring-line-strong",
};

const STATUS_STYLES: Record<string, string> = {
  unreviewed: "bg-surface text-muted ring-line-strong",
  confirmed: "bg-success-solid text-on-solid ring-success-solid",
  dismissed: "bg-neutral-solid text-on-solid ring-neutral-solid",
  "needs-check": "bg-warning-solid text-on-warning-solid ring-warning-solid",
};

const base = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap";

export function KindBadge({ kind, label }: { kind: string; label?: string }) {
  return <span className={`${base} ${KIND_STYLES[kind] ?? KIND_STYLES.single}`}>{label ?? kind}</span>;
}

export function SeverityBadge({ severity }: { severity: string }) {
  const style = severity === "high" ? "text-danger-ink" : severity === "medium" ? "text-warning-ink" : "text-subtle";
  return <span className={`text-xs font-semibold uppercase tracking-wide ${style}`}>{severity}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`${base} ${STATUS_STYLES[status] ?? STATUS_STYLES.unreviewed}`} data-testid="review-status">
      {REVIEW_LABELS[status] ?? status}
    </span>
  );
}
