import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");

// The same on every response; the per-request Content-Security-Policy is set in proxy.ts.
const securityHeaders = staticSecurityHeaders(process.env.NODE_ENV === "production");

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its package folder at run time;
  // bundling it breaks `next build` ("path … Received an instance of URL"). pdfkit likewise reads
  // its data files from its package folder.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pdfkit"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
