import { createHmac, timingSafeEqual } from "node:crypto";

/** The signed session cookie: `base64url(JSON {u, t, exp}).base64url(HMAC-SHA256)`. */
export interface Session {
  user: string;
  /** The tag of the code it signed in with (codeTag), so removing that code ends it. */
  tag: string;
  /** Expiry, ms since epoch. */
  exp: number;
}

const mac = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest("base64url");

/**
 * A short keyed tag of an access code: it names the code a session came from without carrying
 * the code (the cookie is readable by whoever holds it), and cannot be matched to a code without the secret.
 */
export function codeTag(code: string, secret: string): string {
  return createHmac("sha256", secret).update(`code:${code}`).digest("hex").slice(0, 16);
}

export function signSession(session: Session, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ u: session.user, t: session.tag, exp: session.exp })).toString("base64url");
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
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { u?: unknown; t?: unknown; exp?: unknown };
    // A token from before sessions carried their code's tag is refused, not trusted by name: by
    // name alone it would outlive its code's removal, and could act as whoever now holds a shifted
    // `userN`. The cost is one sign-in per person, once.
    if (typeof data.u !== "string" || typeof data.t !== "string" || typeof data.exp !== "number" || data.exp <= now) return undefined;
    return { user: data.u, tag: data.t, exp: data.exp };
  } catch {
    return undefined;
  }
}
