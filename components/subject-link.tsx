import Link from "next/link";

/** A claim group's subject: a link to its entity page when it is a named entity, plain text for a measure ("people dead"). */
export function SubjectLink({ entityId, subject, className }: { entityId: string | null; subject: string; className?: string }) {
  if (!entityId) return <span className={className?.replace(/\btext-link(-strong)?\b/, "text-ink")}>{subject}</span>;
  return (
    <Link href={`/entities/${entityId}`} className={className}>
      {subject}
    </Link>
  );
}
