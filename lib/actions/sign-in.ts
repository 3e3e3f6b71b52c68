"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { ADMIN_COOKIE, getAdminToken, isValidToken, sessionValueFor } from "@/lib/auth/admin-token";

export type TSignInState = { message: string };

/** Checks the admin token and gives the browser an httpOnly session cookie. */
export async function signIn(_previous: TSignInState, formData: FormData): Promise<TSignInState> {
  const token = getAdminToken();
  if (token === null) return { message: "This server has no ADMIN_TOKEN: writes are open, no sign-in needed." };
  if (!isValidToken(String(formData.get("token") ?? ""))) return { message: "That token is not right." };
  (await cookies()).set(ADMIN_COOKIE, sessionValueFor(token), {
    httpOnly: true,
    sameSite: "strict",
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1",
    path: "/",
    maxAge: 60 * 60 * 12,
  });
  const next = String(formData.get("next") ?? "/");
  redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/");
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(ADMIN_COOKIE);
  redirect("/");
}
