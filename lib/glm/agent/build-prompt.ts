/**
 * One GUI-agent step as ONE user message, built exactly like the official harness
 * (gui_agent_45v.py `get_pc_prompt` / `get_mobile_prompt` + `main`). Earlier steps are never
 * sent as chat turns: their thought and action are written into the history text.
 */
import { PC_ACTION_SPACE, PC_PROMPT_HEAD, PC_PROMPT_TAIL } from "./desktop-template";
import { ANDROID_WORLD_APPS, MOBILE_NO_HISTORY, MOBILE_PROMPT_HEAD, MOBILE_PROMPT_TAIL } from "./mobile-template";
import { parseDesktopAnswer, parseMobileAnswer } from "./parse-answer";
import { PLATFORM_NAMES, isMobile, type AgentPlatform } from "./platforms";
import { pythonDictToJson, toPythonRepr } from "./python-dict";

export interface AgentImage {
  mimeType: string;
  /** Raw base64. */
  data: string;
}

export type AgentPart = { type: "text"; text: string } | { type: "image"; mimeType: string; data: string };

export interface AgentHistoryStep {
  /** The model's answer content for that step (box tokens may be present). */
  answer: string;
  /** That step's screenshot scaled to 50% x 50% (desktop history), when available. */
  halfScreenshot?: AgentImage;
}

export interface AgentPromptInput {
  platform: AgentPlatform;
  task: string;
  steps: readonly AgentHistoryStep[];
  /** The current screenshot at its original size; it goes last (desktop) or first (mobile). */
  current: AgentImage;
  /** Extra notes from the user, one per line, added to `# Some Additional Notes`. */
  notes?: readonly string[];
  /** Mobile `open_app` list; upstream's AndroidWorld apps by default. */
  apps?: readonly string[];
}

/** How many recent history screenshots the desktop prompt carries (upstream: 4). */
export const HISTORY_IMAGES = 4;
export const OMITTED = "(Omitted in context.)";

/** Fills `{name}` placeholders in one pass, so user text holding `{memory}` stays literal. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(task|platform|action_space|memory|notes|apps)\}/g, (whole, key: string) => values[key] ?? whole);
}

function noteLines(notes: readonly string[] | undefined): string {
  return (notes ?? []).map((n) => n.trim()).filter(Boolean).map((n) => `- ${n}\n`).join("");
}

export function buildAgentParts(input: AgentPromptInput): AgentPart[] {
  return isMobile(input.platform) ? buildMobile(input) : buildDesktop(input);
}

function buildDesktop(input: AgentPromptInput): AgentPart[] {
  const { steps } = input;
  const parts: AgentPart[] = [];
  let text = fill(PC_PROMPT_HEAD, { task: input.task, platform: PLATFORM_NAMES[input.platform], action_space: PC_ACTION_SPACE });
  const firstWithImage = Math.max(0, steps.length - HISTORY_IMAGES);
  steps.forEach((step, i) => {
    const parsed = parseDesktopAnswer(step.answer);
    const line = ` Thought: ${parsed.thought}\nAction: ${parsed.action}`;
    const image = i >= firstWithImage ? step.halfScreenshot : undefined;
    if (!image) {
      text += `\nstep ${i + 1}: Screenshot:${OMITTED}${line}`;
      return;
    }
    text += `\nstep ${i + 1}: Screenshot:`;
    parts.push({ type: "text", text }, { type: "image", mimeType: image.mimeType, data: image.data });
    text = line;
  });
  // Only the latest step's memory is carried (upstream: "the most recent step's output").
  const memory = steps.length > 0 ? parseDesktopAnswer(steps[steps.length - 1].answer).memory : "[]";
  text += fill(PC_PROMPT_TAIL, { memory, notes: noteLines(input.notes) });
  parts.push({ type: "text", text }, { type: "image", mimeType: input.current.mimeType, data: input.current.data });
  return parts;
}

/** A history step as upstream prints it: `Memory / Reason / Action` with a Python-dict action. */
export function mobileHistoryEntry(answer: string): string {
  const parsed = parseMobileAnswer(answer);
  const json = parsed.action.startsWith("{") ? pythonDictToJson(parsed.action) : null;
  const action = json ? toPythonRepr(JSON.parse(json)) : parsed.action;
  return `Memory: ${parsed.memory || "None"}\nReason: ${parsed.thought}\nAction: ${action}`;
}

function buildMobile(input: AgentPromptInput): AgentPart[] {
  const apps = (input.apps?.length ? input.apps : ANDROID_WORLD_APPS).join(",");
  let prompt = fill(MOBILE_PROMPT_HEAD, { task: input.task, apps });
  const history = input.steps.length === 0
    ? MOBILE_NO_HISTORY
    : input.steps.map((s, i) => `Step ${i}:\n${mobileHistoryEntry(s.answer)}\n\n`).join("");
  prompt += `${history}\n${MOBILE_PROMPT_TAIL}${noteLines(input.notes)}`;
  // Upstream's mobile request puts the screenshot before the prompt text.
  return [{ type: "image", mimeType: input.current.mimeType, data: input.current.data }, { type: "text", text: prompt }];
}
