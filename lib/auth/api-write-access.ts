import { ADMIN_COOKIE, isAuthRequired, isValidToken, readBearerToken, readCookie } from "./admin-token";
import { isLiveAdminSession } from "./admin-session";
import { describeOrigin, judgeRequestOrigin } from "./request-origin";

const UNAUTHORIZED =
  "This server requires ADMIN_TOKEN for writes: sign in at /login, or send Authorization: Bearer <token>.";

function refuse(status: 401 | 403, error: string): Response {
  const headers: HeadersInit = status === 401 ? { "WWW-Authenticate": "Bearer" } : {};
  return Response.json({ error }, { status, headers });
}

/**
 * For route handlers that write: null when the request may write, else the response to send.
 * A valid bearer token is enough on its own (a page on another site cannot know it). Everything
 * else must come from this site's own pages: a foreign Origin is refused even when writes are open,
 * and a browser session cookie counts only on a request whose Origin is this server.
 */
export async function refuseUnauthorizedWrite(request: Request): Promise<Response | null> {
  const bearer = readBearerToken(request.headers);
  if (bearer !== null && isValidToken(bearer)) return null;
  const origin = judgeRequestOrigin(request.headers, request.url);
  if (origin === "cross-origin") {
    return refuse(403, `Refused: this write was sent from another site or port (Origin ${describeOrigin(request.headers)}), not from this app's pages.`);
  }
  if (!isAuthRequired()) return null;
  if (bearer !== null || !(await isLiveAdminSession(readCookie(request.headers, ADMIN_COOKIE)))) return refuse(401, UNAUTHORIZED);
  if (origin === "absent") {
    return refuse(403, "Refused: a write signed in by cookie must come from this app's pages (the request has no Origin header). API clients send Authorization: Bearer <token>.");
  }
  return null;
}
