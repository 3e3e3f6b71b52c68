import { cookies } from "next/headers";
import { ADMIN_COOKIE, isAuthRequired } from "./admin-token";
import { isLiveAdminSession } from "./admin-session";

/**
 * For server actions: true when writes are open or the browser holds a live admin session. Next
 * refuses server actions whose Origin is not this host, and proxy.ts answers those with 403.
 */
export async function hasWriteAccess(): Promise<boolean> {
  if (!isAuthRequired()) return true;
  return isLiveAdminSession((await cookies()).get(ADMIN_COOKIE)?.value);
}
