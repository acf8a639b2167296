/** Access control for route handlers and server pages. Server code only (reads the secret). */
import "server-only";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/server/env";
import { PEER_HEADER, clientAddress } from "@/lib/server/client-address";
import { requestGateInstalled } from "@/lib/server/request-gate";
import { withoutHeader, type HeaderReader } from "@/lib/server/http/headers";
import { listedSessions, parseAccessCodes, type AccessCode } from "./codes";
import { SESSION_COOKIE, readCookie } from "./cookie";
import { checkRequest } from "./request-checks";
import { hostAllowedOrLog } from "./refused-host";
import { verifySession, type Session } from "./session-token";
import { noteUser } from "@/lib/server/log/request-log";

interface AccessConfig {
  codes: AccessCode[];
  secret: string;
  /** Whether a signed session's code is still in ACCESS_CODES for its user. */
  stillListed: ReturnType<typeof listedSessions>;
}

let cached: AccessConfig | null | undefined;

/** The access codes and secret, or null when the app is open to anyone who can reach it. */
export function accessConfig(): AccessConfig | null {
  if (cached === undefined) {
    const env = getEnv();
    if (env.ACCESS_CODES.length) {
      const codes = parseAccessCodes(env.ACCESS_CODES, env.SESSION_SECRET!);
      cached = { codes, secret: env.SESSION_SECRET!, stillListed: listedSessions(codes) };
    } else cached = null;
  }
  return cached;
}

export function isPrivate(): boolean {
  return accessConfig() !== null;
}

/**
 * The session a Cookie header proves, if any: signed by this server's secret, unexpired, and its
 * code still listed for its user (a signature alone would outlive the code's removal).
 */
export function sessionFromCookieHeader(cookieHeader: string | null): Session | undefined {
  const signed = signedSessionFromCookieHeader(cookieHeader);
  return signed?.listed ? signed.session : undefined;
}

/**
 * The session a Cookie header carries with this server's valid signature, unexpired, and whether
 * its code is still listed. Only for naming who it was (sign-out's log line): an unlisted one
 * grants nothing, but its name is still the one this server signed it for.
 */
export function signedSessionFromCookieHeader(cookieHeader: string | null): { session: Session; listed: boolean } | undefined {
  const config = accessConfig();
  if (!config) return undefined;
  const session = verifySession(readCookie(cookieHeader, SESSION_COOKIE), config.secret);
  return session ? { session, listed: config.stillListed(session) } : undefined;
}

export const unauthorized = () => new AppError("unauthorized", "Sign in with your access code first.", 401);

/**
 * Every route that spends the key or writes data calls this first: host, origin and body type,
 * then the session when the app is private. Returns the signed-in user's name (undefined when open).
 */
export function guardRequest(request: { method: string; headers: HeaderReader }, options: { session: boolean } = { session: true }): string | undefined {
  const allowed = getEnv().ALLOWED_HOSTS;
  hostAllowedOrLog(request.headers.get("host"), allowed); // checkRequest below refuses it
  checkRequest(request.method, request.headers, allowed);
  if (!options.session || !isPrivate()) return undefined;
  const session = sessionFromCookieHeader(request.headers.get("cookie"));
  if (!session) throw unauthorized();
  noteUser(session.user); // for this request's log line
  return session.user;
}

/** The address limits key on: the socket, or the trusted proxy's report (TRUST_PROXY_HOPS). */
export function requestClient(request: { headers: HeaderReader }): string {
  // Without the hook (e.g. a custom server that skipped instrumentation) the peer header could be the client's own.
  const headers = requestGateInstalled() ? request.headers : withoutHeader(request.headers, PEER_HEADER);
  return clientAddress(headers, getEnv().TRUST_PROXY_HOPS);
}


/** Who a limit or budget applies to: the signed-in user, else the client address. */
export function limitSubject(request: { headers: HeaderReader }, user: string | undefined): string {
  return user ? `user:${user}` : `addr:${requestClient(request)}`;
}
