import { canContinue } from "./continuable";
import type { ChatMessage, MessageError } from "./message";
import { answeredInReasoningOnly, finishNotice } from "./outcome";

/**
 * How an answer that just ended is announced, chosen as its card on screen is (message.tsx): a
 * screen reader hearing "finished" while the card says "Answer truncated" is told the opposite of
 * what sighted readers see. `notice` carries the card's own code, worded by the same catalogue.
 */
export type AnswerEnding =
  | { kind: "error"; error?: MessageError; continueOffered: boolean }
  | { kind: "stopped" }
  | { kind: "notice"; notice: MessageError; continueOffered: boolean }
  | { kind: "tool_call" }
  | { kind: "reasoning_only" }
  | { kind: "finished" };

type Ended = Pick<ChatMessage, "role" | "status" | "content" | "reasoning" | "finishReason" | "finishRaw" | "resetAt" | "error" | "toolCalls">;

export function answerEnding(message: Ended): AnswerEnding {
  if (message.status === "error") return { kind: "error", error: message.error, continueOffered: canContinue(message) };
  // Stop, and an answer cut by a reload or a lost tab: their own badge says "stopped".
  if (message.finishReason === "aborted" || message.status === "interrupted") return { kind: "stopped" };
  const notice = message.error ?? finishNotice(message);
  if (notice) return { kind: "notice", notice, continueOffered: canContinue(message) };
  if (message.finishReason === "tool_calls" && message.toolCalls?.length) return { kind: "tool_call" };
  if (answeredInReasoningOnly(message)) return { kind: "reasoning_only" };
  return { kind: "finished" };
}
