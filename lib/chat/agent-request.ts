/**
 * The request for one GUI-agent step: ONE user message from the official template
 * (lib/glm/agent/build-prompt.ts), never the conversation as chat turns. Each step of the
 * conversation is a user message holding that step's screenshot and the model's answer to it.
 */
import { buildAgentParts, HISTORY_IMAGES, type AgentHistoryStep } from "@/lib/glm/agent/build-prompt";
import type { ChatPart, ChatRequest } from "./wire";
import type { AgentSession, Attachment, ChatMessage, ConversationSettings } from "./message";

export interface AgentStepMessages {
  user: ChatMessage;
  assistant?: ChatMessage;
  screenshot?: Attachment;
}

/** The conversation read as agent steps: each user message and the answer that follows it. */
export function agentSteps(history: readonly ChatMessage[]): AgentStepMessages[] {
  const steps: AgentStepMessages[] = [];
  for (const m of history) {
    if (m.role === "user") steps.push({ user: m, screenshot: m.attachments?.find((a) => a.kind === "image") });
    else if (m.role === "assistant" && steps.length) steps[steps.length - 1].assistant = m;
  }
  return steps;
}

export class AgentStepError extends Error {
  // Checked by name in the turn owner, which must not import this module (it loads on demand).
  readonly name = "AgentStepError";
}

export async function toAgentRequest(
  history: ChatMessage[],
  settings: ConversationSettings & { agent: AgentSession },
  encode: (blob: Blob) => Promise<string>,
  shrink: (blob: Blob) => Promise<Blob>,
): Promise<ChatRequest> {
  const steps = agentSteps(history);
  const current = steps.pop();
  if (!current?.screenshot) throw new AgentStepError("Attach the current screenshot for this step.");
  const done = steps.filter((s) => s.assistant?.content.trim());
  const withImages = done.length - HISTORY_IMAGES;
  const past: AgentHistoryStep[] = [];
  for (const [i, s] of done.entries()) {
    // Only the 4 most recent history screenshots are sent (at half size); older ones are omitted.
    const shot = i >= withImages && s.screenshot ? await shrink(s.screenshot.blob) : undefined;
    past.push({ answer: s.assistant!.content, halfScreenshot: shot ? { mimeType: shot.type || "image/png", data: await encode(shot) } : undefined });
  }
  const notes = current.user.content.trim() ? [current.user.content.trim()] : [];
  const parts = buildAgentParts({
    platform: settings.agent.platform,
    task: settings.agent.task,
    steps: past,
    current: { mimeType: current.screenshot.mimeType, data: await encode(current.screenshot.blob) },
    notes,
  });
  return { model: settings.model, messages: [{ role: "user", content: parts as ChatPart[] }], thinking: settings.thinking };
}
