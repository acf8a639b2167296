/**
 * How a shared answer ended when it did not end cleanly, so the shared page can say so: without
 * it, a cut answer stopped mid-word, a stopped one read as complete, and a failed or textless turn
 * showed the next question straight after. Every reason of the closed set (./message.ts
 * FINISH_REASONS) is decided here, as the app's own message view decides it (./outcome.ts).
 */
import { errorKey, type MessageCode } from "@/lib/i18n/error-keys";
import type { SharedMessage } from "./share";

export type SharedEnding =
  | {
      note:
        | "length" // cut by the reply's length limit (or the sharer's daily budget)
        | "thinking" // that limit reached while thinking: no answer text at all
        | "sensitive" // stopped by the provider's content filter
        | "cut" // the model failed mid-answer (network_error): what arrived is all there is
        | "dropped" // the connection dropped mid-answer
        | "droppedEmpty" // the connection dropped before any answer
        | "stopped" // the sharer pressed Stop: calm, as in the app, not a failure
        | "toolCall" // the answer ends at a tool call nothing ran
        | "other" // a finish reason the server did not know
        | "reasoningOnly" // answered in its reasoning, shown above
        | "reasoningHidden"; // answered in its reasoning, which the sharer did not share
    }
  /** `failed`: no answer at all; `cutFailed`: part of one. `reason` only for a code the catalogue words. */
  | { note: "failed" | "cutFailed"; reason?: MessageCode };

type Ended = Pick<SharedMessage, "role" | "content" | "finishReason" | "error" | "reasoning" | "toolCalls">;

export function sharedEnding(message: Ended): SharedEnding | undefined {
  if (message.role !== "assistant") return undefined;
  const answered = message.content.trim() !== "";
  if (message.error) {
    const key = errorKey(message.error.code);
    // Said as what happened: "failed (Answer cut off)" named the same cut twice.
    if (key === "stream_interrupted" || key === "network") return { note: answered ? "dropped" : "droppedEmpty" };
    const reason = key === "unknown" ? undefined : key;
    return { note: answered ? "cutFailed" : "failed", ...(reason ? { reason } : {}) };
  }
  switch (message.finishReason) {
    // A cut at the sharer's daily budget reads as any cut: the budget is not the reader's business.
    case "length":
    case "budget":
      return { note: answered ? "length" : "thinking" };
    case "sensitive":
      return { note: "sensitive" };
    case "network_error":
      return answered ? { note: "cut" } : { note: "failed" };
    case "aborted":
      return { note: "stopped" };
    case "other":
      return { note: "other" };
    case "error":
      // Failed without saying how (a client that sent no error code).
      return { note: answered ? "cutFailed" : "failed" };
    case "tool_calls":
      // The app says why only under a call it shows; without one the answer ended as any other.
      if (message.toolCalls?.length) return { note: "toolCall" };
      break;
  }
  if (answered || message.toolCalls?.length) return undefined;
  // A clean end with no text: the sharer's app never sends an empty answer (lib/share-client/snapshot.ts
  // `saysNothing`), so the words were in the reasoning, shown only when the sharer chose to.
  return { note: message.reasoning?.trim() ? "reasoningOnly" : "reasoningHidden" };
}

/**
 * An answer with nothing to show or tell: no text, reasoning, tool call or error, and a clean end.
 * Not worth a place in a share or an imported chat (the app shows it as an empty answer).
 */
export function saysNothing(message: Ended): boolean {
  return (
    message.role === "assistant" &&
    !message.content.trim() &&
    !message.reasoning?.trim() &&
    !message.toolCalls?.length &&
    !message.error &&
    (message.finishReason === undefined || message.finishReason === "stop")
  );
}
