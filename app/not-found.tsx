import Link from "next/link";

export default function NotFound() {
  return (
    <div className="rounded-lg border border-line bg-surface p-6">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-1 text-muted">Nothing is stored under this address. It may have been removed or recomputed.</p>
      <Link href="/" className="mt-3 inline-block text-link underline">Back to the overview</Link>
    </div>
  );
}
