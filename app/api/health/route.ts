import { isDemoMode } from "@/lib/server/env";
import { databaseProbe, redisProbe } from "@/lib/server/health/probes";
import { checkHealth } from "@/lib/server/health/readiness";
import { upstreamSeen } from "@/lib/server/health/upstream-seen";
import { lifecycle } from "@/lib/server/lifecycle";

export const dynamic = "force-dynamic";

/**
 * Liveness: 200 whenever the process answers (`/api/health`). Readiness: `/api/health?ready=1`
 * answers 503 while the database or Redis is unreachable or the process is draining for a restart.
 * Both also say what the last chat learnt of the upstream (lib/server/health/upstream-seen.ts),
 * which never changes readiness.
 * Public on purpose: load balancers and container health checks call it without a session.
 * Not in the request log: probes every few seconds would drown the lines that matter.
 */
export async function GET(request: Request): Promise<Response> {
  const health = await checkHealth({ database: databaseProbe, redis: redisProbe }, lifecycle().isDraining());
  const wantsReady = new URL(request.url).searchParams.has("ready");
  const status = wantsReady && !health.ready ? 503 : 200;
  return Response.json({ ok: true, demo: isDemoMode(), ...health, ...upstreamSeen() }, { status, headers: { "Cache-Control": "no-store" } });
}
