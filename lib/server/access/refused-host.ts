/**
 * Host checks that say why they refused. A wrong ALLOWED_HOSTS otherwise shows up only as bare
 * 404 pages and 403 API answers logged at info, while health says ready.
 */
import { getLogger } from "@/lib/server/log/logger";
import { hostAllowed } from "./request-checks";

// Forged Host headers cost nothing to send: log each distinct host once, and at most this many.
const MAX_LOGGED = 50;
const logged = new Set<string>();

/** hostAllowed, with a warn line the first time each refused host is seen. */
export function hostAllowedOrLog(host: string | null, allowed: string[]): boolean {
  if (hostAllowed(host, allowed)) return true;
  const shown = (host ?? "").slice(0, 100);
  if (!logged.has(shown) && logged.size < MAX_LOGGED) {
    logged.add(shown);
    getLogger().warn(
      { host: shown || null, allowedHosts: allowed, more: logged.size === MAX_LOGGED ? "further refused hosts are not logged until restart" : undefined },
      "Refused a request for a host name not in ALLOWED_HOSTS; if people reach this server by that name, add it to ALLOWED_HOSTS",
    );
  }
  return false;
}

/** For tests: forget which hosts were logged. */
export function resetRefusedHostLog(): void {
  logged.clear();
}
