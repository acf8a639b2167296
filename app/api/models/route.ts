import { MODELS, DEFAULT_MODEL_ID } from "@/lib/glm/models";
import { isDemoMode } from "@/lib/server/env";

export const dynamic = "force-dynamic";

/** The catalogue plus the server's mode; the key and upstream URL are never part of it. */
export function GET(): Response {
  return Response.json({ models: MODELS, defaultModel: DEFAULT_MODEL_ID, demo: isDemoMode() }, { headers: { "Cache-Control": "no-store" } });
}
