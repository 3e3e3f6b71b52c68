import type { NextConfig } from "next";

// Pages get their Content-Security-Policy per request from proxy.ts, with a nonce for Next's own scripts.
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
    return [
      { source: "/:path*", headers: securityHeaders },
      // Route handlers answer JSON and downloads, never pages: nothing of theirs may run or be framed.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
