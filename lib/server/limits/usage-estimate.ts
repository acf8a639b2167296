import type { ChatRequestMessage } from "@/lib/chat/wire";
import { promptTokenFloor } from "./prompt-floor";

// Streamed text as it went out (UTF-8, JSON-escaped): ~4 bytes a token in English and ~4.5 in
// Chinese, so 5 errs low, like the prompt's floor.
const ANSWER_BYTES_PER_TOKEN = 5;
// GLM-4.5V spends ~1,000 tokens on a screenshot and more on a video; these stay well under.
const IMAGE_TOKENS = 256;
const VIDEO_TOKENS = 1024;

/*
 * What an answer whose usage upstream never reported costs the daily budget (USER_DAILY_TOKENS):
 * usage comes in the stream's last chunk, so an answer stopped, cut or timed out before it would
 * otherwise be free, its whole prompt included, as often as the user pressed Stop. The estimate
 * errs low: the prompt's text floor, a little per image and video, and the answer streamed.
 */

/**
 * The prompt's share, taken before the request goes (the body, images and all, is not kept for
 * the answer's end). `floor`: the messages' promptTokenFloor when the caller has it already.
 */
export function promptUsageEstimate(messages: readonly ChatRequestMessage[], floor = promptTokenFloor(messages)): number {
  let media = 0;
  for (const m of messages) {
    if (typeof m.content === "string") continue;
    for (const part of m.content) media += part.type === "image" ? IMAGE_TOKENS : part.type === "video" ? VIDEO_TOKENS : 0;
  }
  return floor + media;
}

/** The streamed answer's share, from the bytes of its text and reasoning deltas. */
export function answerUsageEstimate(answerBytes: number): number {
  return Math.ceil(answerBytes / ANSWER_BYTES_PER_TOKEN);
}
