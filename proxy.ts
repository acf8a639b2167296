import { NextResponse, type NextRequest } from "next/server";
import { publicUrlSchema } from "@/lib/server/env-schema";
import { makeNonce, pageSecurityHeaders, servedOverHttps } from "@/lib/server/http/security-headers";

// Parsed without lib/server/env (server-only): a bad value already stopped the server at start.
const publicUrl = publicUrlSchema.safeParse(process.env.PUBLIC_URL || undefined).data;

/**
 * A fresh CSP nonce for every page. Next reads it back from the request's CSP header and puts it
 * on its own scripts; the root layout puts it on the theme script.
 */
export function proxy(request: NextRequest) {
  const nonce = makeNonce();
  const headers = pageSecurityHeaders({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https: servedOverHttps(publicUrl),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

export const config = {
  matcher: [
    // Pages only: API answers are JSON, static files carry no script, and shared assets set
    // their own stricter policy.
    { source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|icons/|sw.js|manifest.webmanifest|s/[^/]+/assets/).*)" },
  ],
};
