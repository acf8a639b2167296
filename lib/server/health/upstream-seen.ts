/**
 * The last thing this process learnt about the upstream from a real request, for /api/health: a
 * rejected key shows there before users complain. Monitoring only: it never makes the instance
 * unready, since every replica shares the key and a load balancer would take them all out. It
 * says nothing of the URL or the key, and no probe spends the key: only chats and titles count.
 */

export type UpstreamState = "unknown" | "ok" | "key_rejected" | "unreachable";

interface Seen {
  state: Exclude<UpstreamState, "unknown">;
  at: number;
}

// On globalThis: route bundles may each get their own copy of this module.
const holder = globalThis as { __glmUpstreamSeen?: Seen };

/**
 * Headers of a 2xx answer: ok; the provider refused the key: key_rejected; no connection: unreachable.
 * Anything else (a rate limit, a bad request, a slow model) leaves the last state as it was.
 */
export function noteUpstreamSeen(state: Seen["state"], now = Date.now()): void {
  holder.__glmUpstreamSeen = { state, at: now };
}

/** For /api/health: the state, and when it was seen (null before the first request). */
export function upstreamSeen(): { upstream: UpstreamState; upstreamAt: string | null } {
  const seen = holder.__glmUpstreamSeen;
  return seen ? { upstream: seen.state, upstreamAt: new Date(seen.at).toISOString() } : { upstream: "unknown", upstreamAt: null };
}

/** For tests: back to "unknown". */
export function forgetUpstreamSeen(): void {
  holder.__glmUpstreamSeen = undefined;
}
