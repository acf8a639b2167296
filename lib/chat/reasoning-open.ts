import type { ChatMessage } from "./message";

/**
 * Whether an answer's reasoning trace shows open before the user folds or opens it (their choice
 * wins from then on). Open while the model thinks; once the answer ends, folded behind "Thought
 * for N s" when answer text arrived, open when the trace is all that arrived (a clean stop
 * without text, or an answer broken off, stopped or cut while still thinking), so what the user
 * received is not hidden behind a click. Tool calls are something received too: they fold it.
 */
export function reasoningOpenByDefault(message: Pick<ChatMessage, "status" | "content" | "reasoning" | "toolCalls">): boolean {
  if (message.content.trim()) return false;
  if (message.status === "streaming") return true;
  return !!message.reasoning?.trim() && !message.toolCalls?.length;
}
