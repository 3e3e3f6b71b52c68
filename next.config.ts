import type { NextConfig } from "next";

// The Content-Security-Policy is set per request by proxy.ts, with a nonce for Next's own scripts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  // Loaded by Node at run time rather than bundled: native bindings, WASM and large data files.
  serverExternalPackages: ["pdfkit", "dejavu-fonts-ttf", "jsdom", "@libsql/client", "@prisma/adapter-libsql", "@prisma/adapter-pg", "pg", "natural", "wink-nlp", "wink-eng-lite-web-model"],
  poweredByHeader: false,
  // The end-to-end tests build into their own folder so they never clobber a running app's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
