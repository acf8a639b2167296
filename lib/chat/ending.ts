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

/** The catalogues' words an announcement is made of, passed in: this module knows no UI. */
export interface EndingWords {
  /** An error's or a notice's title and text, exactly as its card shows them (useErrorText). */
  explain: (error: MessageError, options: { continueOffered: boolean }) => { title: string; text: string };
  /** "{title}. {text}" and "Error: {message}" of the a11y catalogue. */
  ended: (title: string, text: string) => string;
  error: (message: string) => string;
  finished: string;
  stopped: string;
  atTool: string;
  toolNotRun: string;
  reasoningOnly: string;
}

/**
 * The one sentence that speaks for how an answer ended, said by the chat's polite live region.
 * It is the only voice: the error card on screen is not an alert (components/chat/message-error.tsx),
 * which read the same error a second time, cutting in, and again whenever the card was shown anew
 * (a chat reopened, a reload). So an ending with a card carries the card's title and its text.
 */
export function endingAnnouncement(ending: AnswerEnding, words: EndingWords): string {
  switch (ending.kind) {
    case "error": {
      if (!ending.error) return words.error("").trim();
      const { title, text } = words.explain(ending.error, { continueOffered: ending.continueOffered });
      return words.error(words.ended(title, text));
    }
    case "notice": {
      const { title, text } = words.explain(ending.notice, { continueOffered: ending.continueOffered });
      return words.ended(title, text);
    }
    case "stopped":
      return words.stopped;
    case "tool_call":
      return words.ended(words.atTool, words.toolNotRun);
    case "reasoning_only":
      return words.ended(words.finished, words.reasoningOnly);
    case "finished":
      return words.finished;
  }
}
