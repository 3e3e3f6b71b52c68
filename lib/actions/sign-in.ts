"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { ADMIN_COOKIE, getAdminToken, isValidToken } from "@/lib/auth/admin-token";
import { closeAdminSession, openAdminSession } from "@/lib/auth/admin-session";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { clientAddressOf, getSignInThrottle } from "@/lib/auth/sign-in-throttle";

export type TSignInState = { message: string };

/** Checks the admin token (a few tries a minute per client) and opens a server-side session for the browser. */
export async function signIn(_previous: TSignInState, formData: FormData): Promise<TSignInState> {
  if (getAdminToken() === null) return { message: "This server has no ADMIN_TOKEN: writes are open, no sign-in needed." };
  const throttle = getSignInThrottle();
  const client = clientAddressOf(await headers());
  const waitMs = throttle.retryAfterMs(client, Date.now());
  if (waitMs > 0) return { message: `Too many sign-in attempts: try again in ${Math.ceil(waitMs / 1000)} s.` };
  if (!isValidToken(String(formData.get("token") ?? ""))) {
    throttle.recordFailure(client, Date.now());
    return { message: "That token is not right." };
  }
  throttle.forget(client);
  const session = await openAdminSession();
  (await cookies()).set(ADMIN_COOKIE, session.cookieValue, {
    httpOnly: true,
    sameSite: "strict",
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1",
    path: "/",
    expires: session.expiresAt,
  });
  redirect(safeNextPath(formData.get("next")));
}

/** Revokes the session on the server (so a copied cookie stops working too) and drops the cookie. */
export async function signOut(): Promise<void> {
  const jar = await cookies();
  await closeAdminSession(jar.get(ADMIN_COOKIE)?.value);
  jar.delete(ADMIN_COOKIE);
  redirect("/");
}
