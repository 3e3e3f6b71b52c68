import type { Metadata } from "next";
import { SignInForm } from "@/components/sign-in-form";
import { isAuthRequired } from "@/lib/auth/admin-token";
import { signOut } from "@/lib/actions/sign-in";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import type { TSearchParams } from "@/lib/schemas/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin sign-in" };

export default async function LoginPage({ searchParams }: { searchParams: TSearchParams }) {
  const target = safeNextPath((await searchParams).next);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">Admin sign-in</h1>
      {isAuthRequired() ? (
        <>
          <p className="text-muted">Adding, removing and reviewing need the admin token. Reading is open to everyone.</p>
          <SignInForm next={target} />
          <form action={signOut}>
            <button type="submit" className="text-sm text-link underline">Sign out</button>
          </form>
        </>
      ) : (
        <p className="text-muted">This server has no ADMIN_TOKEN set, so everyone can add, remove and review: no sign-in is needed.</p>
      )}
    </div>
  );
}
