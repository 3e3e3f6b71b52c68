import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-line-strong bg-surface p-6 text-center">
      <p className="font-medium text-ink-soft">{title}</p>
      {children && <div className="mt-1 text-sm text-subtle">{children}</div>}
    </div>
  );
}
