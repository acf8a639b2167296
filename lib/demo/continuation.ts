import { CONTINUE_PROMPT } from "../chat/continue-prompt";
import { answerLanguage } from "./answer-language";
import type { ScriptedAnswer } from "./script";

interface Message {
  role?: unknown;
  content?: unknown;
}

export interface Continuation {
  /** The messages the cut answer answered (its question last). */
  before: Message[];
  /** What the answer had when it was cut. */
  partial: string;
}

/** A Continue request (lib/chat/turn-runner.ts): the cut answer, then the prompt asking to go on. */
export function continuationOf(messages: Message[]): Continuation | undefined {
  const [answer, prompt] = messages.slice(-2);
  if (messages.length < 3 || prompt?.role !== "user" || prompt.content !== CONTINUE_PROMPT) return undefined;
  if (answer?.role !== "assistant" || typeof answer.content !== "string") return undefined;
  return { before: messages.slice(0, -2), partial: answer.content };
}

const NOTHING_LEFT = {
  en: "\n\n_Demo mode: this scripted answer has no more to it. With an API key, the model goes on from where it stopped._",
  zh: "\n\n_演示模式：这个预设回答已经结束。配置 API 密钥后，模型会从中断处继续。_",
};

/**
 * The demo model goes on where its answer was cut: the rest of the scripted answer to the same
 * question (no reasoning, nothing repeated), as a real model would, rather than answering the
 * Continue prompt as if it were a new question.
 */
export function continuedAnswer(full: ScriptedAnswer | undefined, partial: string, question: string): ScriptedAnswer {
  const rest = full && partial && full.content.startsWith(partial) ? full.content.slice(partial.length) : "";
  const content = rest || full?.continuation || NOTHING_LEFT[answerLanguage(question)];
  return { reasoning: "", content, finishReason: "stop" };
}
