import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, createNonce } from "@/lib/auth/content-security-policy";
import { judgeRequestOrigin } from "@/lib/auth/request-origin";

/**
 * Runs before every page: refuses writes to pages (server actions) sent from another site or port
 * with 403 (Next itself would answer 500), and gives each page a CSP with a fresh nonce.
 */
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function proxy(request: NextRequest) {
  if (WRITE_METHODS.has(request.method) && judgeRequestOrigin(request.headers, request.url) === "cross-origin") {
    return NextResponse.json(
      { error: "Refused: this form or server action was sent from another site or port, not from this app's pages." },
      { status: 403 },
    );
  }
  const policy = buildContentSecurityPolicy(createNonce(), process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Built scripts, styles and images carry no HTML. Route handlers under /api check their own writes
  // (lib/auth/api-write-access.ts: bearer clients may write without Origin) and get a fixed CSP from
  // next.config.ts; running the proxy on them would make Next buffer every upload before the route
  // could refuse it.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
