/** A GUI-agent conversation read as a timeline of steps, each with its parsed answer. */
import { parseAgentAnswer, type AgentAnswer } from "@/lib/glm/agent/parse-answer";
import type { AgentPlatform } from "@/lib/glm/agent/platforms";
import { agentSteps } from "./agent-request";
import type { Attachment, ChatMessage } from "./message";

export interface TimelineStep {
  /** 1-based. */
  index: number;
  userId: string;
  assistantId?: string;
  screenshot?: Attachment;
  answerText?: string;
  reasoning?: string;
  answer?: AgentAnswer;
  streaming: boolean;
  failed: boolean;
  /** Cut off mid-answer (a dropped connection, a reload). */
  interrupted: boolean;
  /** Ended before a whole answer: refused, broken off, or cut by a reload (possibly with nothing received). */
  unfinished: boolean;
}

/**
 * "unfinished": the last step has an answer that did not finish (refused, dropped, cut by a
 * reload). The model was never told about it, so the next screenshot would be numbered after a
 * step it never saw: that step is retried instead, with its own screenshot and number.
 */
export type SessionState = "new" | "waiting" | "running" | "unfinished" | "done" | "failed";

export function agentTimeline(messages: readonly ChatMessage[], platform: AgentPlatform): TimelineStep[] {
  return agentSteps(messages).map((s, i) => {
    const a = s.assistant;
    const done = a?.status !== "streaming" && !!a?.content.trim();
    return {
      index: i + 1,
      userId: s.user.id,
      assistantId: a?.id,
      screenshot: s.screenshot,
      answerText: a?.content,
      reasoning: a?.reasoning,
      answer: done ? parseAgentAnswer(a!.content, platform) : undefined,
      streaming: a?.status === "streaming",
      failed: a?.status === "error",
      interrupted: a?.status === "interrupted",
      unfinished: !!a && a.status !== "streaming" && (a.status === "error" || a.status === "interrupted" || !a.content.trim()),
    };
  });
}

/** Where the session is: DONE / FAIL / `status` end it; otherwise it waits for the next screenshot. */
export function sessionState(steps: readonly TimelineStep[]): SessionState {
  const last = steps.at(-1);
  if (!last) return "new";
  if (last.streaming) return "running";
  if (last.unfinished) return "unfinished";
  if (last.answer?.ends === "done") return "done";
  if (last.answer?.ends === "fail") return "failed";
  return "waiting";
}

/** Why the composer cannot send a step now (the catalogue words it: agent.block.<rule>). */
export type AgentSendRule = "no_task" | "ended" | "unfinished" | "one_image";

/** Which rule stops a step from being sent (the UI words it in the reader's language), if any. */
export function agentSendRule(task: string, state: SessionState, images: number): AgentSendRule | undefined {
  if (!task.trim()) return "no_task";
  if (state === "done" || state === "failed") return "ended";
  if (state === "unfinished") return "unfinished";
  if (images !== 1) return "one_image";
  return undefined;
}
