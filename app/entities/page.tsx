import type { Metadata } from "next";
import Link from "next/link";
import { listEntities } from "@/lib/db/entities";
import { EmptyState } from "@/components/empty-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Entities" };

export default async function EntitiesPage() {
  const entities = await listEntities();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">People, organisations and places</h1>
      {entities.length === 0 ? (
        <EmptyState title="No entities yet" />
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {entities.map((e) => (
            <li key={e.id} className="rounded border border-slate-200 bg-white p-3">
              <Link href={`/entities/${e.id}`} className="font-medium text-indigo-800 underline-offset-2 hover:underline">{e.name}</Link>
              <p className="text-xs text-slate-600">
                {e.type} · named by {e.sourceCount} source(s) · {e.mentionCount} mention(s) · {e.claimCount} claim(s)
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
