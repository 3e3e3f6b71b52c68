import { REVIEW_LABELS } from "@/lib/format/labels";

const KIND_STYLES: Record<string, string> = {
  conflict: "bg-red-100 text-red-800 ring-red-300",
  variant: "bg-amber-100 text-amber-900 ring-amber-300",
  omission: "bg-sky-100 text-sky-900 ring-sky-300",
  attribution: "bg-fuchsia-100 text-fuchsia-900 ring-fuchsia-300",
  agree: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  single: "bg-slate-100 text-slate-700 ring-slate-300",
};

const STATUS_STYLES: Record<string, string> = {
  unreviewed: "bg-white text-slate-700 ring-slate-300",
  confirmed: "bg-emerald-700 text-white ring-emerald-700",
  dismissed: "bg-slate-600 text-white ring-slate-600",
  "needs-check": "bg-amber-500 text-slate-950 ring-amber-500",
};

const base = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap";

export function KindBadge({ kind, label }: { kind: string; label?: string }) {
  return <span className={`${base} ${KIND_STYLES[kind] ?? KIND_STYLES.single}`}>{label ?? kind}</span>;
}

export function SeverityBadge({ severity }: { severity: string }) {
  const style = severity === "high" ? "text-red-800" : severity === "medium" ? "text-amber-900" : "text-slate-600";
  return <span className={`text-xs font-semibold uppercase tracking-wide ${style}`}>{severity}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`${base} ${STATUS_STYLES[status] ?? STATUS_STYLES.unreviewed}`} data-testid="review-status">
      {REVIEW_LABELS[status] ?? status}
    </span>
  );
}
