/**
 * How a shared answer ended when it did not end cleanly, so the shared page can say so: without
 * it, a cut answer stopped mid-word and a failed turn showed the next question straight after.
 */
import { errorKey, type MessageCode } from "@/lib/i18n/error-keys";
import type { SharedMessage } from "./share";

export type SharedEnding =
  /** Worded with the app's own notice for that finish reason (`errors.text.<note>`). */
  | { note: "length" | "sensitive" }
  /** `failed`: no answer at all; `cutFailed`: part of one. `reason` only for a code the catalogue words. */
  | { note: "failed" | "cutFailed"; reason?: MessageCode };

export function sharedEnding(message: Pick<SharedMessage, "role" | "content" | "finishReason" | "error">): SharedEnding | undefined {
  if (message.role !== "assistant") return undefined;
  const answered = message.content.trim() !== "";
  if (message.error) {
    const key = errorKey(message.error.code);
    const reason = key === "unknown" ? undefined : key;
    return { note: answered ? "cutFailed" : "failed", ...(reason ? { reason } : {}) };
  }
  if (!answered) return undefined;
  // A cut at the sharer's daily budget reads as any cut: the budget is not the reader's business.
  if (message.finishReason === "length" || message.finishReason === "budget") return { note: "length" };
  if (message.finishReason === "sensitive") return { note: "sensitive" };
  return undefined;
}
