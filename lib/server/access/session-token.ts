import { createHmac, timingSafeEqual } from "node:crypto";

/** The signed session cookie: `base64url(JSON {u, exp}).base64url(HMAC-SHA256)`. */
export interface Session {
  user: string;
  /** Expiry, ms since epoch. */
  exp: number;
}

const mac = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest("base64url");

export function signSession(session: Session, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ u: session.user, exp: session.exp })).toString("base64url");
  return `${payload}.${mac(payload, secret)}`;
}

/** The session a cookie value proves, or undefined when it is forged, malformed or expired. */
export function verifySession(token: string | undefined, secret: string, now = Date.now()): Session | undefined {
  if (!token || token.length > 4096) return undefined;
  const dot = token.indexOf(".");
  if (dot <= 0) return undefined;
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), "base64url");
  const expected = Buffer.from(mac(payload, secret), "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { u?: unknown; exp?: unknown };
    if (typeof data.u !== "string" || typeof data.exp !== "number" || data.exp <= now) return undefined;
    return { user: data.u, exp: data.exp };
  } catch {
    return undefined;
  }
}
