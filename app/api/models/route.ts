import { AppError, errorResponse } from "@/lib/errors";
import { guardRequest } from "@/lib/server/access/guard";
import { getEnv, isDemoMode } from "@/lib/server/env";
import { withRequestLog } from "@/lib/server/log/request-log";
import { defaultModelOf, listModels } from "@/lib/server/models";
import { effectiveVideoMb } from "@/lib/chat/request-size";

export const dynamic = "force-dynamic";

/**
 * The models on offer (catalogue, or a self-hosted server's own list), the server's mode and its
 * caps; the key and upstream URL are never part of it. `webSearch`: Z.ai's built-in search is
 * available (text models only); `shareTtlDays`: how long a shared link lives. Private servers
 * show it to signed-in users only.
 */
async function get(request: Request): Promise<Response> {
  try {
    guardRequest(request);
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    throw error;
  }
  const env = getEnv();
  const models = await listModels(env);
  return Response.json(
    {
      models,
      defaultModel: defaultModelOf(models),
      demo: isDemoMode(),
      webSearch: env.ZAI_PROTOCOL === "zai",
      // The video limit as it can be sent (base64 in a CHAT_BODY_LIMIT_MB body), so a video the
      // composer accepts is never one the server must refuse; shareMb: SHARE_LIMIT_MB, for the
      // share dialog to refuse before it uploads.
      limits: { videoMb: effectiveVideoMb(env.VIDEO_LIMIT_MB, env.CHAT_BODY_LIMIT_MB), bodyMb: env.CHAT_BODY_LIMIT_MB, shareMb: env.SHARE_LIMIT_MB },
      // Days a shared link lives (SHARE_TTL_DAYS), absent when links do not expire: the share
      // dialog says so before a link is made, not only after.
      shareTtlDays: env.SHARE_TTL_DAYS,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const GET = withRequestLog("GET /api/models", get);
