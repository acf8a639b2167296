import type { ChatMessage, MessageError } from "./message";

/**
 * How an answer ended when it was not a clean stop, as a notice code the UI words from the
 * catalogue (the English here is what exports and old saves carry). For `finish_other` the
 * message is the provider's own reason, shown, never interpreted.
 */
export function finishNotice(message: Pick<ChatMessage, "finishReason" | "finishRaw" | "content" | "reasoning" | "resetAt">): MessageError | undefined {
  switch (message.finishReason) {
    case "length":
      return message.content.trim()
        ? { code: "length", message: "The answer was cut short: it reached the maximum length for one reply." }
        : { code: "length_thinking", message: "The model reached its length limit while still thinking and gave no answer. Retry, or turn thinking off for this question." };
    case "budget": {
      const notice: MessageError = { code: "length_budget", message: "The answer stopped where your daily token budget on this server ran out. Continue or Retry works once it resets." };
      // The card waits for the reset as a refused request's does (./retry-wait.ts, `waitsUntil`).
      if (message.resetAt) notice.resetAt = message.resetAt;
      return notice;
    }
    case "sensitive":
      return { code: "sensitive", message: "The provider stopped this answer because it flagged the content as unsafe." };
    case "network_error":
      return { code: "network_error", message: "The model failed in the middle of the answer. What arrived is kept: Continue finishes it, Retry asks again." };
    case "other":
      // A reason the server did not know: say so with the provider's own word, never guess its meaning.
      // Without it (an answer continued from a share, which does not carry it) the message is empty
      // and the card says the provider named none: "the reason “unknown”" read as a reason.
      return { code: "finish_other", message: message.finishRaw ?? "" };
    default:
      return undefined;
  }
}

/**
 * A cleanly ended answer whose words all came as reasoning: the model closed its turn without
 * leaving its trace (a template-opened `<think>` never closed, docs/glm-protocol.md section 8), or
 * put its answer there. The UI says so and opens the trace rather than show an empty answer.
 */
export function answeredInReasoningOnly(message: Pick<ChatMessage, "status" | "finishReason" | "content" | "reasoning" | "toolCalls">): boolean {
  return message.status === "done" && message.finishReason === "stop" && !message.content.trim() && !!message.reasoning?.trim() && !message.toolCalls?.length;
}
