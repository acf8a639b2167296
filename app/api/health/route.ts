import { isDemoMode } from "@/lib/server/env";
import { withRequestLog } from "@/lib/server/log/request-log";

export const dynamic = "force-dynamic";

function get(): Response {
  return Response.json({ ok: true, demo: isDemoMode() }, { headers: { "Cache-Control": "no-store" } });
}

export const GET = withRequestLog("GET /api/health", get);
