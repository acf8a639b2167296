/**
 * The security headers of every page. Pure so the policy is unit-tested; `proxy.ts` applies it
 * with a fresh nonce per request. Each source below exists because a feature needs it:
 * - `worker-src 'self' blob:`: the shiki highlighter and pdf.js run in Web Workers (a worker falls
 *   back to script-src, which a nonce cannot satisfy).
 * - `img-src data: blob: https:`: attachments are shown from blob: URLs, KaTeX and the preview use
 *   data: images, and a model's remote image loads (https only) once the user clicks "Load image".
 * - `media-src 'self' blob:`: attached videos play from blob: URLs, shared ones from our asset route.
 * - `style-src 'unsafe-inline'`: React style attributes and KaTeX layout (a nonce cannot cover
 *   style attributes); CSS cannot run script.
 * - `frame-src 'none'`: the HTML preview is an about:srcdoc frame, which frame-src does not govern,
 *   while every navigation the frame attempts (meta refresh, `location=`, links) is a framed
 *   http(s) load that this refuses.
 */

export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval for React's error overlay; production never does. */
  dev?: boolean;
}

export function contentSecurityPolicy({ nonce, dev = false }: CspOptions): string {
  const directives: Record<string, string> = {
    "default-src": "'self'",
    "script-src": `'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob: https:",
    "media-src": "'self' blob:",
    "font-src": "'self' data:",
    "connect-src": dev ? "'self' ws:" : "'self'",
    "worker-src": "'self' blob:",
    "frame-src": "'none'",
    "manifest-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join("; ");
}

/**
 * The only device the app asks for is the screen ("Capture screen" in the tools menu and the agent
 * panel: getDisplayMedia), so display-capture is the page's own; nothing else is, and no frame can
 * prompt for anything. Only features Chromium knows: an unknown one (`bluetooth`) is a console
 * warning on every page.
 */
export const PERMISSIONS_POLICY = [
  "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()",
  "hid=()", "midi=()", "display-capture=(self)", "browsing-topics=()", "interest-cohort=()",
].join(", ");

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Headers for a page response; HSTS only when the page is served over https. (nosniff,
 * Referrer-Policy and X-Frame-Options come from next.config.mjs for every response.)
 */
export function pageSecurityHeaders(opts: CspOptions & { https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(opts),
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (opts.https) headers["Strict-Transport-Security"] = HSTS;
  return headers;
}

/** 128 random bits, base64: unguessable per response. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether pages are served over https, from PUBLIC_URL only: `next start` speaks plain http, and
 * what the request says about its scheme (Next fills it from X-Forwarded-Proto) anyone can forge.
 */
export function servedOverHttps(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith("https://") ?? false;
}
