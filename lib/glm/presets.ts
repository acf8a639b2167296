/** Prompt presets for GLM-4.5V's three signature jobs (official GLM-V prompt styles). */
export interface PromptPreset {
  id: string;
  label: string;
  prompt: string;
}

/**
 * The blanks the user fills in (lib/chat/placeholders.ts). Other `<...>` in a preset, such as
 * `Memory: <what you know so far>`, describe the model's output format and stay as they are.
 */
export const USER_PLACEHOLDERS = ["<object>", "<describe the task>"] as const;

export const PROMPT_PRESETS: readonly PromptPreset[] = [
  {
    id: "locate",
    label: "Locate objects",
    prompt:
      "Locate every <object> in the image. For each one, give its label and its bounding box as [[x1,y1,x2,y2]] with coordinates normalised to 0-1000.",
  },
  {
    id: "gui-step",
    label: "GUI agent step",
    prompt: [
      "You are a GUI agent. Task: <describe the task>",
      "Look at the screenshot and output the next single action, as:",
      "Memory: <what you know so far>",
      "Reason: <why this action>",
      "Action: one of left_click(start_box='[x,y]'), left_double_click(start_box='[x,y]'), right_click(start_box='[x,y]'), hover(start_box='[x,y]'), left_drag(start_box='[x1,y1]', end_box='[x2,y2]'), scroll(start_box='[x,y]', direction='down|up|left|right', step=5), type(content='...'), key(keys='ctrl+c'), WAIT(), DONE(), FAIL()",
      "Coordinates are normalised to 0-1000 of the screenshot.",
    ].join("\n"),
  },
  {
    id: "web-page",
    label: "Screenshot to web page",
    prompt:
      "Recreate this screenshot as a single self-contained HTML page (inline CSS, no external resources). Answer with one ```html code block.",
  },
];
