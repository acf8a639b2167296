import { MODELS, DEFAULT_MODEL_ID } from "@/lib/glm/models";
import { getEnv, isDemoMode } from "@/lib/server/env";
import { withRequestLog } from "@/lib/server/log/request-log";

export const dynamic = "force-dynamic";

/** The catalogue, the server's mode and its caps; the key and upstream URL are never part of it. */
function get(): Response {
  const env = getEnv();
  return Response.json(
    { models: MODELS, defaultModel: DEFAULT_MODEL_ID, demo: isDemoMode(), limits: { videoMb: env.VIDEO_LIMIT_MB, bodyMb: env.CHAT_BODY_LIMIT_MB } },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const GET = withRequestLog("GET /api/models", get);
