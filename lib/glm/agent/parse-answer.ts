/**
 * Reads one GUI-agent answer the way the official harness does (gui_agent_45v.py,
 * `parse_pc_response` / `parse_mobile_response`), then types the action with gui-actions.ts.
 */
import { stripThink } from "../answer-tokens";
import { parseGuiActions, type GuiAction } from "../gui-actions";
import { pythonDictToJson } from "./python-dict";
import type { AgentPlatform } from "./platforms";
import { isMobile } from "./platforms";

export interface AgentAnswer {
  /** Desktop: the plain-text explanation without the call. Mobile: the `Reason:` section. */
  thought: string;
  /** The action text as the model wrote it, box tokens removed ("" when none was found). */
  action: string;
  /** Desktop: the `Memory:` list text ("[]" when absent). Mobile: the `Memory:` section. */
  memory: string;
  /** The typed action, when the action text could be read. */
  parsed?: GuiAction;
  /** DONE / FAIL (desktop) or `status` (mobile): the session is over. */
  ends?: "done" | "fail";
}

const BOX = /<\|(?:begin|end)_of_box\|>/g;
const BOXED = /<\|begin_of_box\|>([\s\S]*?)<\|end_of_box\|>/;

function unbox(text: string): string {
  return text.replace(BOX, "");
}

function endsOf(action: GuiAction | undefined): AgentAnswer["ends"] {
  if (action?.type === "done") return "done";
  if (action?.type === "fail") return "fail";
  return undefined;
}

/** `parse_pc_response`: the boxed call (else the first `name(...)`), the text before `Memory:`. */
export function parseDesktopAnswer(raw: string): AgentAnswer {
  const text = stripThink(raw);
  const boxed = BOXED.exec(text)?.[1]?.trim();
  const action = boxed ?? /[\w_]+\([^)]*\)/.exec(text)?.[0] ?? "";
  const memAt = text.search(/Memory:/);
  const before = unbox(memAt >= 0 ? text.slice(0, memAt) : text);
  const memory = memAt >= 0 ? text.slice(memAt + "Memory:".length).trim() : "[]";
  // Upstream removes the call from the explanation; a dangling "Action:" label goes with it.
  const thought = (action ? before.replace(action, "") : before).replace(/\n?\s*Action:\s*$/i, "").trim();
  const parsed = action ? parseGuiActions(action)[0] : undefined;
  return { thought, action, memory: unbox(memory).trim() || "[]", parsed, ends: endsOf(parsed) };
}

/** `parse_mobile_response`: `Memory: .. Reason: .. Action: {...}` with JSON or Python-dict actions. */
export function parseMobileAnswer(raw: string): AgentAnswer {
  const text = stripThink(raw);
  const m = /Memory:([\s\S]*?)Reason:([\s\S]*?)Action:([\s\S]*)/.exec(text);
  if (!m) {
    // Not the trained layout: still try to find an action so the step is not lost.
    const parsed = parseGuiActions(unbox(text))[0];
    return { thought: unbox(text).trim(), action: parsed?.raw ?? "", memory: "", parsed, ends: mobileEnds(parsed) };
  }
  const memory = unbox(m[1]).trim();
  const reason = unbox(m[2]).trim();
  const actionText = (BOXED.exec(m[3])?.[1] ?? unbox(m[3])).trim();
  const json = actionText.startsWith("{") ? (pythonDictToJson(actionText) ?? actionText) : actionText;
  const parsed = parseGuiActions(json)[0];
  return { thought: reason, action: actionText, memory, parsed, ends: mobileEnds(parsed) };
}

function mobileEnds(action: GuiAction | undefined): AgentAnswer["ends"] {
  // `status` maps to done/fail in gui-actions; `answer` replies but the task goes on.
  return endsOf(action);
}

export function parseAgentAnswer(raw: string, platform: AgentPlatform): AgentAnswer {
  return isMobile(platform) ? parseMobileAnswer(raw) : parseDesktopAnswer(raw);
}
