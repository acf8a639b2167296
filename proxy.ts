import { NextResponse, type NextRequest } from "next/server";
import { allowedHostsSchema, publicUrlSchema } from "@/lib/server/env-schema";
import { makeNonce, pageSecurityHeaders, servedOverHttps } from "@/lib/server/http/security-headers";
import { hostAllowedOrLog } from "@/lib/server/access/refused-host";
import { REFUSED_HOST_STATUS, refusedHostPage } from "@/lib/server/access/refused-host-page";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

// Parsed without lib/server/env (server-only): a bad value already stopped the server at start.
const publicUrl = publicUrlSchema.safeParse(process.env.PUBLIC_URL || undefined).data;
const allowedHosts = allowedHostsSchema.safeParse(process.env.ALLOWED_HOSTS).data ?? [];

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
  // A page for a host name outside ALLOWED_HOSTS: say so here, before the app's 404 (lib/server/access/page.ts
  // still refuses on its own should this be bypassed). The API answers its own 403 envelope.
  const host = request.headers.get("host");
  if (!hostAllowedOrLog(host, allowedHosts)) {
    const page = refusedHostPage(host, request.headers.get("accept-language"), request.cookies.get(LOCALE_COOKIE)?.value);
    return new NextResponse(page, {
      status: REFUSED_HOST_STATUS,
      headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
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
