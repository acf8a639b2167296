/**
 * Liveness and readiness, kept apart: a live process answers at all; a ready one can serve
 * traffic (its database and Redis answer, and it is not draining for a restart). Load balancers
 * route on readiness; supervisors restart on liveness.
 */

export type CheckState = "ok" | "unreachable" | "not_configured";

export interface Probe {
  /** Undefined: the dependency is not configured (e.g. no REDIS_URL). */
  (): Promise<void> | undefined;
}

export interface Health {
  status: "ok" | "draining";
  live: true;
  ready: boolean;
  checks: { database: CheckState; redis: CheckState };
}

/** One probe, bounded: a dependency that hangs counts as unreachable instead of hanging health. */
export async function runProbe(probe: Probe, timeoutMs: number): Promise<CheckState> {
  let pending: Promise<void> | undefined;
  try {
    pending = probe();
  } catch {
    return "unreachable";
  }
  if (!pending) return "not_configured";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<CheckState>((resolve) => (timer = setTimeout(() => resolve("unreachable"), timeoutMs)));
  try {
    return await Promise.race([pending.then((): CheckState => "ok", (): CheckState => "unreachable"), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(
  probes: { database: Probe; redis: Probe },
  draining: boolean,
  timeoutMs = 2_000,
): Promise<Health> {
  const [database, redis] = await Promise.all([runProbe(probes.database, timeoutMs), runProbe(probes.redis, timeoutMs)]);
  const reachable = database !== "unreachable" && redis !== "unreachable";
  return { status: draining ? "draining" : "ok", live: true, ready: reachable && !draining, checks: { database, redis } };
}
