/**
 * The trajectory export: task, platform and, per step, the screenshot, the exact prompt sent
 * (images referenced, not repeated), the answer and the parsed action. Rebuilt from the
 * conversation with the same builder the requests used, so it shows what the model saw.
 */
import { buildAgentParts, HISTORY_IMAGES } from "@/lib/glm/agent/build-prompt";
import type { AgentSession } from "./message";
import type { TimelineStep } from "./agent-timeline";

export const TRAJECTORY_FORMAT = "glm-chat-agent-trajectory/1";

export type PromptPart = { type: "text"; text: string } | { type: "image"; ref: string };

export function stepPrompt(agent: AgentSession, steps: readonly TimelineStep[], k: number): PromptPart[] {
  const past = steps.slice(0, k - 1).filter((s) => s.answerText?.trim());
  const first = past.length - HISTORY_IMAGES;
  const parts = buildAgentParts({
    platform: agent.platform,
    task: agent.task,
    steps: past.map((s, i) => ({ answer: s.answerText!, halfScreenshot: i >= first && s.screenshot ? { mimeType: "image/png", data: `step ${s.index} screenshot at 50%` } : undefined })),
    current: { mimeType: "image/png", data: `step ${k} screenshot` },
  });
  return parts.map((p) => (p.type === "text" ? p : { type: "image", ref: p.data }));
}

export async function trajectoryJson(
  agent: AgentSession,
  model: string,
  steps: readonly TimelineStep[],
  encode: (blob: Blob) => Promise<string>,
): Promise<string> {
  const out = [];
  for (const s of steps) {
    out.push({
      step: s.index,
      screenshot: s.screenshot
        ? { name: s.screenshot.name, mimeType: s.screenshot.mimeType, width: s.screenshot.width, height: s.screenshot.height, base64: await encode(s.screenshot.blob) }
        : null,
      prompt: stepPrompt(agent, steps, s.index),
      answer: s.answerText ?? null,
      reasoning: s.reasoning ?? null,
      thought: s.answer?.thought ?? null,
      action: s.answer?.action ?? null,
      memory: s.answer?.memory ?? null,
      parsedAction: s.answer?.parsed ?? null,
      ends: s.answer?.ends ?? null,
    });
  }
  return JSON.stringify({ format: TRAJECTORY_FORMAT, task: agent.task, platform: agent.platform, model, exportedAt: new Date().toISOString(), steps: out }, null, 2);
}
