import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A self-contained server (.next/standalone/server.js) for the container image and the cluster
  // test; scripts/standalone.mjs copies the static assets next to it after each build.
  output: "standalone",
  outputFileTracingRoot: import.meta.dirname,
  poweredByHeader: false,
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
