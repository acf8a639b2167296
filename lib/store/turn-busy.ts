import type { ChatState } from "./store-types";

/**
 * No answer may start in the open chat: one streams in this tab, or another tab is answering in
 * the same chat (a question sent here would carry its half answer as history).
 */
export function turnBusy(s: Pick<ChatState, "streamingId" | "answeringElsewhere">): boolean {
  return s.streamingId !== null || s.answeringElsewhere !== null;
}
