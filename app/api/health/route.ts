import { isDemoMode } from "@/lib/server/env";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true, demo: isDemoMode() }, { headers: { "Cache-Control": "no-store" } });
}
