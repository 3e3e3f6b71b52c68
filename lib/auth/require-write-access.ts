import { cookies } from "next/headers";
import { ADMIN_COOKIE, isAuthRequired, isValidSession } from "./admin-token";

/** For server actions: true when writes are open or the browser holds a valid admin session. */
export async function hasWriteAccess(): Promise<boolean> {
  if (!isAuthRequired()) return true;
  return isValidSession((await cookies()).get(ADMIN_COOKIE)?.value);
}
