import { AppError } from "@/lib/errors";
import { findModel } from "@/lib/glm/models";
import type { Env } from "@/lib/server/env-schema";
import type { ChatRequestBody } from "./schema";

/** Checks that depend on the model catalogue and configured caps, after the shape is valid. */
export function checkChatRequest(body: ChatRequestBody, env: Env): void {
  const model = findModel(body.model);
  let images = 0;
  let videos = 0;
  for (const m of body.messages) {
    if (typeof m.content === "string") continue;
    for (const p of m.content) {
      if (p.type === "image") images++;
      if (p.type === "video") {
        videos++;
        if ((p.data.length * 3) / 4 > env.VIDEO_LIMIT_MB * 1024 * 1024)
          throw new AppError("payload_too_large", `The video is larger than the ${env.VIDEO_LIMIT_MB} MB limit.`, 413);
      }
      if (p.type !== "text" && m.role !== "user")
        throw new AppError("bad_request", "Only user messages can carry images or video.", 400);
    }
  }
  if (model && !model.images && images + videos > 0)
    throw new AppError("bad_request", `${model.name} reads text only: remove the images or video, or pick a vision model such as GLM-4.5V.`, 400);
  if (model && images > model.maxImages)
    throw new AppError("bad_request", `${model.name} takes at most ${model.maxImages} images per request.`, 400);
  if (model && body.thinking === false && !model.canDisableThinking)
    throw new AppError("bad_request", `${model.name} cannot turn thinking off.`, 400);
}
