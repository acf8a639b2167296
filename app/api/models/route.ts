import { AppError, errorResponse } from "@/lib/errors";
import { MODELS, DEFAULT_MODEL_ID } from "@/lib/glm/models";
import { guardRequest } from "@/lib/server/access/guard";
import { getEnv, isDemoMode } from "@/lib/server/env";

export const dynamic = "force-dynamic";

/** The catalogue, the server's mode and its caps; the key and upstream URL are never part of it. */
export function GET(request: Request): Response {
  try {
    guardRequest(request);
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    throw error;
  }
  const env = getEnv();
  return Response.json(
    { models: MODELS, defaultModel: DEFAULT_MODEL_ID, demo: isDemoMode(), limits: { videoMb: env.VIDEO_LIMIT_MB, bodyMb: env.CHAT_BODY_LIMIT_MB } },
    { headers: { "Cache-Control": "no-store" } },
  );
}
