import type { ChatMessage, MessageError } from "./message";

/**
 * What the user is told about how an answer ended, in plain words. Errors from the server carry
 * their own message; finish reasons that are not a clean stop become notices here.
 */
export function finishNotice(message: Pick<ChatMessage, "finishReason" | "finishRaw" | "content" | "reasoning">): MessageError | undefined {
  switch (message.finishReason) {
    case "length":
      return message.content.trim()
        ? { code: "length", message: "The answer was cut short: it reached the maximum length for one reply." }
        : { code: "length_thinking", message: "The model used its whole token budget thinking and gave no answer. Retry, or turn thinking off for this question." };
    case "sensitive":
      return { code: "sensitive", message: "The provider stopped this answer because it flagged the content as unsafe." };
    case "network_error":
      return { code: "network_error", message: "The model failed in the middle of the answer. What arrived is kept; retry for a full answer." };
    case "other":
      // A reason the server did not know: say so with the provider's own word, never guess its meaning.
      return { code: "finish_other", message: `The provider ended the answer with the reason “${message.finishRaw ?? "unknown"}”. What arrived is kept; retry if it looks incomplete.` };
    default:
      return undefined;
  }
}

/** Friendly titles for error codes; the message below each comes from the server. */
export function errorTitle(code: string): string {
  const titles: Record<string, string> = {
    upstream_auth: "Server misconfigured",
    upstream_quota: "Out of credit",
    usage_limit: "Plan usage limit reached",
    upstream_rate_limited: "Rate limited",
    upstream_content_filter: "Content blocked",
    sensitive: "Content blocked",
    upstream_prompt_too_long: "Conversation too long",
    upstream_unknown_model: "Unknown model",
    upstream_bad_request: "Request refused",
    upstream_unavailable: "Provider unavailable",
    stream_interrupted: "Answer cut off",
    network_error: "Answer cut off",
    network: "Connection problem",
    length: "Answer truncated",
    length_thinking: "No answer",
    finish_other: "Answer ended",
    payload_too_large: "Too large",
    bad_request: "Request refused",
    unauthorized: "Signed out",
    forbidden: "Refused",
    rate_limited: "Slow down",
    budget_exhausted: "Daily budget used up",
    server_busy: "Server busy",
    upstream_timeout: "Model not responding",
    unsupported_media_type: "Request refused",
  };
  return titles[code] ?? "Something went wrong";
}

/**
 * The text under an error's title. For a plan usage cap the reset time is shown in the user's
 * own clock ("resets at 21:31", with the date when it is not today); otherwise the server's words.
 */
export function errorText(error: MessageError, now = Date.now()): string {
  if (error.code !== "usage_limit" || !error.resetAt) return error.message;
  const at = new Date(error.resetAt);
  if (Number.isNaN(at.getTime())) return error.message;
  const clock = `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
  const sameDay = new Date(now).toDateString() === at.toDateString();
  const day = sameDay ? "" : ` on ${at.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}`;
  return `The plan's usage limit is reached. It resets at ${clock}${day}. Retrying before then will not help.`;
}
