import { AppError } from "@/lib/errors";
import type { HeaderReader } from "@/lib/server/http/headers";

/** Pure checks on an incoming request's headers, shared by every route that changes state. */

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** `Host` without a port, lower-cased; IPv6 literals keep their brackets. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  return h.split(":")[0];
}

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
// A DNS name or IPv4 address, or a bracketed IPv6 literal, with an optional port: hostName()
// ignores the port for Host, isCrossSite() holds an Origin to it, so both forms mean something.
const HOST_ENTRY = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]+\\])(?::(\\d{1,5}))?$`, "i");

/**
 * Why an ALLOWED_HOSTS entry cannot match any Host header, with what to write instead, or
 * undefined when it is a host name. A URL copied from PUBLIC_URL would otherwise be accepted and
 * refuse every request.
 */
export function allowedHostProblem(entry: string): string | undefined {
  const m = HOST_ENTRY.exec(entry);
  if (m && (m[1] === undefined || (Number(m[1]) >= 1 && Number(m[1]) <= 65535))) return undefined;
  const bare = entry.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/^[^@/]*@/, "").replace(/[/?#].*$/, "");
  const hint = bare && bare !== entry && HOST_ENTRY.test(bare) ? `write ${bare}, not ${entry}` : "write a host name such as chat.example.com (optionally with :port)";
  return `"${entry}" is not a host name: ${hint}`;
}

/** With ALLOWED_HOSTS set, a request naming any other host (a DNS-rebinding page) is refused. */
export function hostAllowed(host: string | null, allowed: string[]): boolean {
  if (allowed.length === 0) return true;
  if (!host) return false;
  const name = hostName(host);
  return allowed.some((a) => hostName(a) === name);
}

/**
 * A state change must come from our own pages: an Origin naming another site, `Origin: null`
 * (sandboxed frames, some redirects) or `Sec-Fetch-Site: cross-site` is refused. Requests with
 * neither header (curl, server-to-server) carry no ambient browser credentials worth stealing
 * by a third party, and are let through to the session check.
 */
export function isCrossSite(headers: HeaderReader, allowed: string[]): boolean {
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  const host = headers.get("host")?.toLowerCase();
  if (host && originHost === host) return false;
  // An ALLOWED_HOSTS entry with a port must match exactly; without one, any port of that host.
  const listed = allowed.some((a) => (a.includes(":") ? a.toLowerCase() === originHost : hostName(a) === hostName(originHost)));
  return !listed;
}

/** `application/json` (parameters such as charset allowed); nothing else may carry a body. */
export function isJsonType(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0].trim().toLowerCase();
  return type === "application/json";
}

function hasBody(method: string, headers: HeaderReader): boolean {
  if (headers.has("transfer-encoding")) return true;
  const length = headers.get("content-length");
  if (length !== null) return Number(length) > 0;
  return method === "POST" || method === "PUT" || method === "PATCH";
}

/** Throws the envelope a refused request gets: 403 forbidden (host, origin) or 415 (body type). */
export function checkRequest(method: string, headers: HeaderReader, allowedHosts: string[]): void {
  if (!hostAllowed(headers.get("host"), allowedHosts)) {
    throw new AppError("forbidden", "This server does not answer to that host name.", 403);
  }
  if (!STATE_CHANGING.has(method)) return;
  if (isCrossSite(headers, allowedHosts)) {
    throw new AppError("forbidden", "Requests from other sites are refused. Open GLM Chat itself and try again.", 403);
  }
  if (hasBody(method, headers) && !isJsonType(headers.get("content-type"))) {
    throw new AppError("unsupported_media_type", "The request body must be JSON (Content-Type: application/json).", 415);
  }
}
