/** The session cookie's name and attributes, decided in one place. */
export const SESSION_COOKIE = "glm_chat_session";

/** Reads one cookie from a Cookie header (first occurrence wins, as browsers send the most specific first). */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Secure when the browser reached us over https: directly, or through a proxy that says so in
 * X-Forwarded-Proto (leftmost value, the hop nearest the browser). A client forging `https` on
 * plain http only gets a cookie its own browser refuses to send back; it cannot weaken anyone else's.
 */
export function cameOverHttps(url: string, headers: Headers): boolean {
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (proto) return proto === "https";
  return url.startsWith("https:");
}

export function sessionCookieHeader(value: string, maxAgeSeconds: number, secure: boolean): string {
  const attrs = [`${SESSION_COOKIE}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`];
  if (maxAgeSeconds <= 0) attrs.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  if (secure) attrs.push("Secure");
  return attrs.join("; ");
}
