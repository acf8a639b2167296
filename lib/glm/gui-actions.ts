/**
 * GUI-agent actions in GLM answers: the desktop call form (`left_click(start_box='[x,y]')`)
 * and the mobile JSON form (`{"action_type":"click","box_2d":[[..]]}`), plus the
 * `Memory / Reason / Action` layout. Incomplete (still streaming) actions are not returned.
 */
import {
  coordinatesFrom,
  coordinatesIn,
  enclosingObject,
  readCallArgs,
  toDirection,
  type ArgValue,
} from "./gui-actions-args";
import type { GuiAction, NormBox, NormPoint } from "./gui-actions-types";

export type * from "./gui-actions-types";

const MAX_ACTIONS = 50;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Body = DistributiveOmit<GuiAction, "source" | "raw" | "start" | "end">;
type TargetFields = { point?: NormPoint; box?: NormBox; invalid?: string };
type DesktopArgs = Map<string, ArgValue>;

const POINTER: Record<string, (t: TargetFields) => Body> = {
  left_click: (t) => ({ type: "click", button: "left", ...t }),
  click: (t) => ({ type: "click", button: "left", ...t }),
  left_single: (t) => ({ type: "click", button: "left", ...t }),
  right_click: (t) => ({ type: "click", button: "right", ...t }),
  right_single: (t) => ({ type: "click", button: "right", ...t }),
  middle_click: (t) => ({ type: "click", button: "middle", ...t }),
  left_double_click: (t) => ({ type: "double_click", ...t }),
  double_click: (t) => ({ type: "double_click", ...t }),
  left_double: (t) => ({ type: "double_click", ...t }),
  hover: (t) => ({ type: "hover", ...t }),
  long_press: (t) => ({ type: "long_press", ...t }),
};

const OTHER = new Set(["left_drag", "drag", "scroll", "type", "key", "hotkey", "wait", "done", "fail", "finished"]);

/** Coordinates of a desktop action argument (`'[x,y]'`, `'[x1,y1,x2,y2]'`, `'<point>x y</point>'`). */
function target(args: DesktopArgs, ...keys: string[]): TargetFields {
  for (const key of keys) {
    const arg = args.get(key);
    if (!arg) continue;
    const c = coordinatesIn(arg.value, key);
    return c.ok ? { point: c.point, ...(c.box ? { box: c.box } : {}) } : { invalid: c.invalid };
  }
  return {};
}

function str(args: DesktopArgs, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = args.get(key);
    if (v) return v.value;
  }
  return undefined;
}

function desktopBody(name: string, args: DesktopArgs): Body | null {
  const lower = name.toLowerCase();
  const elementInfo = str(args, "element_info");
  const extra = elementInfo ? { elementInfo } : {};
  const pointer = POINTER[lower];
  if (pointer) return { ...pointer(target(args, "start_box", "point", "box", "$0")), ...extra };
  switch (lower) {
    case "left_drag":
    case "drag": {
      const from = target(args, "start_box", "start_point");
      const to = target(args, "end_box", "end_point");
      const invalid = from.invalid ?? to.invalid;
      return { type: "drag", from: from.point, to: to.point, ...(invalid ? { invalid } : {}), ...extra };
    }
    case "scroll": {
      const t = target(args, "start_box", "point");
      const step = Number(str(args, "step"));
      return {
        type: "scroll",
        point: t.point,
        direction: toDirection(str(args, "direction")),
        ...(Number.isFinite(step) ? { step } : {}),
        ...(t.invalid ? { invalid: t.invalid } : {}),
        ...extra,
      };
    }
    case "type": {
      const arg = args.get("content") ?? args.get("text") ?? args.get("$0");
      // `type(x)` with a bare identifier is Python, not an action.
      if (!arg?.quoted) return null;
      return { type: "type", text: arg.value, ...extra };
    }
    case "key":
    case "hotkey": {
      const arg = args.get("keys") ?? args.get("key") ?? args.get("$0");
      if (!arg?.quoted) return null;
      return { type: "key", keys: splitKeys(arg.value), combo: arg.value };
    }
    case "wait":
      return args.size === 0 ? { type: "wait" } : null;
    case "done":
    case "finished":
      return { type: "done", ...optionalMessage(str(args, "content", "$0")) };
    case "fail":
      return { type: "fail", ...optionalMessage(str(args, "content", "$0")) };
  }
  return null;
}

function optionalMessage(message: string | undefined): { message?: string } {
  return message ? { message } : {};
}

function splitKeys(combo: string): string[] {
  return combo
    .split(/[+\s]+/)
    .map((k) => k.trim())
    .filter(Boolean);
}

function parseDesktop(text: string, out: GuiAction[]): void {
  const re = /([A-Za-z_][A-Za-z0-9_]{0,30})\(/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && out.length < MAX_ACTIONS) {
    const start = m.index;
    if (start > 0 && /[A-Za-z0-9_.]/.test(text[start - 1])) continue;
    const name = m[1];
    if (!POINTER[name.toLowerCase()] && !OTHER.has(name.toLowerCase())) continue;
    const call = readCallArgs(text, re.lastIndex);
    if (!call) continue;
    const body = desktopBody(name, call.args);
    if (!body) continue;
    out.push({ ...body, source: "desktop", raw: text.slice(start, Math.min(call.end, start + 500)), start, end: call.end } as GuiAction);
    re.lastIndex = call.end;
  }
}

/** `box_2d` may be `[[x1,y1,x2,y2]]`, `[x1,y1,x2,y2]`, `[x,y]` or two boxes (a swipe). */
function jsonTargets(value: unknown): number[][] {
  if (!Array.isArray(value)) return [];
  if (value.every((v) => typeof v === "number")) return [value as number[]];
  return value.filter(Array.isArray).map((v) => (v as unknown[]).map(Number));
}

function numbersOf(value: unknown): number[] | undefined {
  return Array.isArray(value) ? value.map(Number) : undefined;
}

function mobileBody(obj: Record<string, unknown>): Body {
  const kind = String(obj.action_type).toLowerCase();
  const targets = jsonTargets(obj.box_2d ?? obj.point_2d ?? obj.coordinate);
  const first = targets.length > 0 ? coordinatesFrom(targets[0], "box_2d") : undefined;
  const t: TargetFields = first ? (first.ok ? { point: first.point, ...(first.box ? { box: first.box } : {}) } : { invalid: first.invalid }) : {};
  const text = typeof obj.text === "string" ? obj.text : undefined;
  switch (kind) {
    case "click":
    case "tap":
      return { type: "click", button: "left", ...t };
    case "double_tap":
    case "double_click":
      return { type: "double_click", ...t };
    case "long_press":
      return { type: "long_press", ...t };
    case "input_text":
    case "type":
      return { type: "type", text: text ?? "", ...t, ...(typeof obj.override === "boolean" ? { override: obj.override } : {}) };
    case "swipe":
    case "scroll": {
      const direction = toDirection(obj.direction);
      const startVals = numbersOf(obj.start_box ?? obj.start);
      const endVals = numbersOf(obj.end_box ?? obj.end);
      const pair = startVals && endVals ? [startVals, endVals] : targets.length >= 2 ? targets.slice(0, 2) : null;
      if (pair) {
        const a = coordinatesFrom(pair[0], "swipe start");
        const b = coordinatesFrom(pair[1], "swipe end");
        if (!a.ok || !b.ok) return { type: "swipe", direction, invalid: !a.ok ? a.invalid : (b as { invalid: string }).invalid };
        return { type: "swipe", from: a.point, to: b.point, direction };
      }
      return { type: "swipe", point: t.point, direction, ...(t.invalid ? { invalid: t.invalid } : {}) };
    }
    case "open_app":
      return { type: "open_app", app: String(obj.app_name ?? obj.app ?? text ?? "") };
    case "navigate_back":
      return { type: "navigate", target: "back" };
    case "navigate_home":
      return { type: "navigate", target: "home" };
    case "keyboard_enter":
      return { type: "key", keys: ["enter"], combo: "enter" };
    case "wait":
      return { type: "wait" };
    case "status":
      return obj.goal_status === "infeasible" ? { type: "fail" } : { type: "done" };
    case "answer":
      return { type: "answer", text: text ?? "" };
    default:
      return { type: "unknown", name: kind.slice(0, 40) };
  }
}

function parseMobile(text: string, out: GuiAction[]): void {
  let from = 0;
  const closes = new Map<number, [number, number] | null>();
  while (out.length < MAX_ACTIONS) {
    const at = text.indexOf('"action_type"', from);
    if (at < 0) return;
    from = at + 13;
    const range = enclosingObject(text, at, undefined, closes);
    if (!range) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(text.slice(range[0], range[1]));
    } catch {
      continue;
    }
    if (!obj || typeof obj !== "object" || typeof (obj as { action_type?: unknown }).action_type !== "string") continue;
    const body = mobileBody(obj as Record<string, unknown>);
    out.push({ ...body, source: "mobile", raw: text.slice(range[0], Math.min(range[1], range[0] + 500)), start: range[0], end: range[1] } as GuiAction);
    from = range[1];
  }
}

/** Every complete GUI action in the text, in text order (at most 50). */
export function parseGuiActions(text: string): GuiAction[] {
  const out: GuiAction[] = [];
  parseDesktop(text, out);
  parseMobile(text, out);
  return out.sort((a, b) => a.start - b.start).slice(0, MAX_ACTIONS);
}

// Kept in its own module so the answer view can split sections without the action parser.
export { parseAgentSections } from "./agent-sections";
