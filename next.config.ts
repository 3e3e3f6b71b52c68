import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Content-Security-Policy",
    // Next's runtime injects inline scripts, so scripts are limited to this origin plus inline; nothing from elsewhere.
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
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
