/** A GUI action in plain words for the step timeline ("Click at 28%, 48% (Save changes button)"). */
import type { GuiAction, NormPoint } from "../gui-actions-types";

const at = (p?: NormPoint) => (p ? ` at ${Math.round(p.x / 10)}%, ${Math.round(p.y / 10)}%` : "");

export function describeAction(a: GuiAction | undefined, raw = ""): string {
  if (!a) return raw ? `Unrecognised action: ${raw.slice(0, 120)}` : "No action";
  const info = a.elementInfo ? ` (${a.elementInfo})` : "";
  const bad = a.invalid ? ` — ${a.invalid}` : "";
  switch (a.type) {
    case "click":
      return `${a.button === "left" ? "Click" : `${a.button[0].toUpperCase()}${a.button.slice(1)}-click`}${at(a.point)}${info}${bad}`;
    case "double_click":
      return `Double-click${at(a.point)}${info}${bad}`;
    case "hover":
      return `Hover${at(a.point)}${info}${bad}`;
    case "long_press":
      return `Long-press${at(a.point)}${info}${bad}`;
    case "drag":
      return `Drag${at(a.from)} to${at(a.to).replace(" at", "")}${info}${bad}`;
    case "scroll":
      return `Scroll ${a.direction ?? ""}${a.step ? ` ${a.step} steps` : ""}${at(a.point)}${info}${bad}`.replace(/\s+/g, " ");
    case "swipe":
      return `Swipe ${a.direction ?? ""}${at(a.point ?? a.from)}${bad}`.replace(/\s+/g, " ");
    case "type":
      return `Type “${a.text}”${a.override ? " (replacing the text)" : ""}${at(a.point)}`;
    case "key":
      return `Press ${a.combo}`;
    case "open_app":
      return `Open the app “${a.app}”`;
    case "navigate":
      return a.target === "back" ? "Go back" : "Go to the home screen";
    case "wait":
      return "Wait";
    case "done":
      return "Done: the task is complete";
    case "fail":
      return "Failed: the task cannot be done";
    case "answer":
      return `Answer: ${a.text}`;
    default:
      return `Unknown action “${a.name}”`;
  }
}
