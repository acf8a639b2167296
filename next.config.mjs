import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A self-contained server (.next/standalone/server.js) for the container image and the cluster
  // test; scripts/standalone.mjs copies the static assets next to it after each build.
  // Only when asked (npm run build, npm test, the Dockerfile): `npm start` serves a normal build
  // with `next start`, which warns about standalone output it does not use.
  output: process.env.BUILD_STANDALONE === "1" ? "standalone" : undefined,
  outputFileTracingRoot: import.meta.dirname,
  // The PDF page worker fetches pdf.js's fonts, cmaps and decoders through app/pdfjs, which reads
  // them from pdfjs-dist by a computed path: the tracer cannot see that, so list them.
  outputFileTracingIncludes: {
    "/pdfjs/[dir]/[file]": ["./node_modules/pdfjs-dist/standard_fonts/**", "./node_modules/pdfjs-dist/cmaps/**", "./node_modules/pdfjs-dist/wasm/**", "./node_modules/pdfjs-dist/iccs/**"],
  },
  poweredByHeader: false,
  // Diagnostics only (e2e/bench/lh-profile.ts): BROWSER_SOURCEMAPS=1 names the functions in a CPU
  // profile of the production bundle; PROFILE_NO_HOISTING=1 keeps each module its own function;
  // PROFILE_NO_MINIFY=1 keeps components' names (e2e/bench/component-times.ts).
  productionBrowserSourceMaps: process.env.BROWSER_SOURCEMAPS === "1",
  experimental: {
    ...(process.env.PROFILE_NO_HOISTING === "1" ? { turbopackScopeHoisting: false } : {}),
    ...(process.env.PROFILE_NO_MINIFY === "1" ? { turbopackMinify: false } : {}),
  },
  // Only server code reads ZAI_API_KEY; nothing here exposes env to the client bundle.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

// Catalogues live in lib/i18n; the locale comes from the saved choice or the browser (no URL prefix).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // Precompiled ICU messages keep the message parser out of the browser bundle.
  experimental: { messages: { format: "json", path: "./lib/i18n/messages", locales: "infer", precompile: true } },
});

export default withNextIntl(nextConfig);
