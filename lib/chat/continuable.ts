import type { ChatMessage } from "./message";

/**
 * Refusals and breaks on our side of the answer, not about its content: asking the model to go on
 * from what arrived makes sense. A content block or a bad request would only be refused again.
 */
const BROKEN_OFF = new Set(["stream_interrupted", "upstream_unavailable", "upstream_timeout", "upstream_rate_limited", "server_busy", "limits_unavailable", "network", "offline", "internal"]);

/**
 * Whether an answer can go on from its text: cut by the token cap, broken off mid-way (the model
 * failed, the connection dropped) or stopped by the user, who may want the rest after all.
 * Retry alone replaced the text that had arrived. An "interrupted" answer has its own badge with
 * Continue, so it is not counted here.
 */
export function canContinue(message: Pick<ChatMessage, "role" | "status" | "content" | "finishReason" | "error">): boolean {
  if (message.role !== "assistant" || !message.content.trim()) return false;
  if (message.status === "done") return message.finishReason === "length" || message.finishReason === "budget" || message.finishReason === "network_error" || message.finishReason === "aborted";
  return message.status === "error" && !!message.error && BROKEN_OFF.has(message.error.code);
}
