import Link from "next/link";

type Props = { pathname: string; query: Record<string, string | undefined>; page: number; pageCount: number };

export function Pagination({ pathname, query, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const href = (p: number) => ({ pathname, query: { ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), page: String(p) } });
  return (
    <nav aria-label="Pages" className="flex items-center justify-center gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className="text-link underline" rel="prev">Previous</Link> : <span className="text-subtle">Previous</span>}
      <span aria-current="page">Page {page} of {pageCount}</span>
      {page < pageCount ? <Link href={href(page + 1)} className="text-link underline" rel="next">Next</Link> : <span className="text-subtle">Next</span>}
    </nav>
  );
}
