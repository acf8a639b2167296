import { effectiveVideoMb } from "@/lib/chat/request-size";
import { AppError } from "@/lib/errors";
import type { ModelInfo } from "@/lib/glm/models";
import { base64ToBytes } from "@/lib/media/base64";
import { validateAttachmentBytes } from "@/lib/media/validate";
import type { Env } from "@/lib/server/env-schema";
import { promptTokenFloor } from "@/lib/server/limits/prompt-floor";
import { promptUsageEstimate } from "@/lib/server/limits/usage-estimate";
import type { ChatRequest } from "@/lib/chat/wire";
import type { BudgetAsk } from "@/lib/server/limits/types";

/**
 * Checks that depend on the model and configured caps, after the shape is valid. Returns the
 * body to send: on Z.ai `max_tokens` is clamped to the model's output limit.
 */
export function checkChatRequest(body: ChatRequest, env: Env, model: ModelInfo): ChatRequest {
  let images = 0;
  for (const m of body.messages) {
    if (typeof m.content === "string") continue;
    if (m.content.length > env.CHAT_MAX_PARTS)
      throw new AppError("bad_request", `A message may hold at most ${env.CHAT_MAX_PARTS} parts (text and attachments).`, 400);
    for (const p of m.content) {
      if (p.type === "text") continue;
      if (m.role !== "user") throw new AppError("bad_request", "Only user messages can carry images or video.", 400);
      if (!model.images)
        throw new AppError("bad_request", `${model.name} reads text only: remove the images or video, or pick a vision model such as GLM-4.5V.`, 400);
      if (p.type === "image") images++;
      checkMediaPart(p, env);
    }
  }
  if (images > env.CHAT_MAX_IMAGES)
    throw new AppError("bad_request", `This server takes at most ${env.CHAT_MAX_IMAGES} images per request: start a new chat or remove some.`, 400);
  if (images > model.maxImages)
    throw new AppError("bad_request", `${model.name} takes at most ${model.maxImages} images per request.`, 400);
  if (body.thinking === false && !model.canDisableThinking)
    throw new AppError("bad_request", `${model.name} cannot turn thinking off.`, 400);
  if (body.webSearch && (model.images || env.ZAI_PROTOCOL !== "zai"))
    throw new AppError("bad_request", model.images ? `${model.name} cannot search the web: pick a text model such as GLM-4.6.` : "Web search needs Z.ai's API; this server talks to a self-hosted model.", 400);
  if (env.ZAI_PROTOCOL === "zai" && body.max_tokens !== undefined && body.max_tokens > model.maxOutputTokens)
    return { ...body, max_tokens: model.maxOutputTokens };
  return body;
}

/** The browser already checked these; the server checks again because any client can call it. */
function checkMediaPart(part: { type: "image" | "video"; mimeType: string; data: string }, env: Env): void {
  // The limit /api/models advertises: VIDEO_LIMIT_MB held to what the body can carry.
  const videoMb = effectiveVideoMb(env.VIDEO_LIMIT_MB, env.CHAT_BODY_LIMIT_MB);
  const maxVideoBytes = videoMb * 1024 * 1024;
  if (part.type === "video" && (part.data.length * 3) / 4 > maxVideoBytes)
    throw new AppError("payload_too_large", `The video is larger than the ${videoMb} MB limit.`, 413);
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(part.data);
  } catch {
    throw new AppError("bad_request", `An attached ${part.type} is damaged (its data is not valid base64). Attach it again.`, 400);
  }
  const check = validateAttachmentBytes(bytes, { stage: "prepared", claimedType: part.mimeType, maxVideoBytes });
  if (!check.ok) throw new AppError(check.status === 413 ? "payload_too_large" : "unsupported_media", check.reason, check.status);
  if (check.kind !== part.type) throw new AppError("unsupported_media", `A part sent as ${part.type} holds ${check.kind} data.`, 400);
}

/** A prompt this short may overspend what is left of the budget (at most a few hundred tokens). */
export const SHORT_PROMPT_TOKENS = 256;

/**
 * An answer may not spend more than the subject has left of the daily budget (USER_DAILY_TOKENS):
 * its `max_tokens` is lowered to what is left. Without this one long answer could spend the
 * budget several times over (4,418 tokens of a 3,000 budget in QA). The prompt cannot be capped,
 * but a chat whose text alone is surely more than what is left is refused before it is sent: the
 * whole chat goes with each question, so a long one near the budget's end would spend it many
 * times over in one request. A short one is let through (its cost counts, and the next request is
 * refused once the budget is spent): refusing it would save little and stop a user whose
 * question costs a few tokens more than are left.
 *
 * What is left is only known where it is reserved (limits/server.ts `reserveBudget`, atomic in the
 * store, so parallel answers cannot each take it all): this says what to ask for, and `fitToBudget`
 * what the store's answer means for the request. The ask's `plus` is what the prompt is charged
 * should the answer report no usage (usage-estimate.ts). Both rest on the prompt's text floor, a
 * scan of every message's text (megabytes of a long chat): it is taken once, here.
 */
export function budgetAsk(body: ChatRequest, modelMaxOutput?: number): { ask: BudgetAsk; floor: number } {
  const floor = promptTokenFloor(body.messages);
  // No max_tokens (the app's default) asks for what the model can write at most, not for all that
  // is left: a 1M budget would otherwise be held whole by one answer, refusing a second tab's.
  const upTo = body.max_tokens ?? modelMaxOutput;
  return { floor, ask: { upTo, plus: promptUsageEstimate(body.messages, floor), minLeft: floor > SHORT_PROMPT_TOKENS ? floor + 1 : 1 } };
}

/** The body to send under the reservation taken (`upTo`), or the refusal of a prompt over what is `left`. */
export function fitToBudget(body: ChatRequest, floor: number, taken: { ok: false; left: number } | { upTo: number }): ChatRequest {
  if (!("upTo" in taken))
    throw new AppError(
      "prompt_over_budget",
      `This chat is too long for what is left of your daily token budget: sending it costs at least ${floor.toLocaleString("en")} tokens, and ${taken.left.toLocaleString("en")} are left today. Start a new chat, which sends less, or send it after the budget resets at midnight UTC.`,
      429,
    );
  return body.max_tokens === taken.upTo ? body : { ...body, max_tokens: taken.upTo };
}
