/**
 * Scripted answers for GUI-agent requests (the official single-message template, see
 * lib/glm/agent) and for PDF pages, so demo mode and e2e can run a whole three-step session
 * and page links. The step is read from the request's history, as a real model would.
 */
import type { AnswerLanguage } from "./answer-language";
import type { ScriptedAnswer } from "./script";
import { zhDocumentAnswer } from "./zh-answers";

const AGENT_HEAD = "You are a GUI Agent, and your primary task is to respond accurately";

const DESKTOP_STEPS: Array<{ reasoning: string; content: string }> = [
  {
    reasoning: "The settings form is open and edited; the Save changes button is below the fields.",
    content:
      "The form has been edited, so the changes need saving. I'll click the Save changes button below the form.\n<|begin_of_box|>left_click(start_box='[281,479]', element_info='Save changes button')<|end_of_box|>\nMemory:\n[{\"form\": \"edited\"}]",
  },
  {
    reasoning: "A name field is focused; typing the display name is next.",
    content:
      "The name field is focused now. I'll type the display name.\n<|begin_of_box|>type(content='Ada Lovelace')<|end_of_box|>\nMemory:\n[{\"form\": \"edited\"}, {\"name\": \"Ada Lovelace\"}]",
  },
  {
    reasoning: "Everything asked for is done.",
    content: "The settings are saved with the new name, so the task is complete.\n<|begin_of_box|>DONE()<|end_of_box|>\nMemory:\n[]",
  },
];

const SCROLL_STEP = {
  reasoning: "More of the page must be seen.",
  content: "The setting is further down the page, so I scroll down.\n<|begin_of_box|>scroll(start_box='[500,600]', direction='down', step=5)<|end_of_box|>\nMemory:\n[{\"form\": \"edited\"}]",
};
const LONG_DESKTOP_STEPS = [DESKTOP_STEPS[0], SCROLL_STEP, SCROLL_STEP, SCROLL_STEP, DESKTOP_STEPS[1], DESKTOP_STEPS[2]];

const MOBILE_STEPS: Array<{ reasoning: string; content: string }> = [
  {
    reasoning: "The Settings app must be opened first.",
    content:
      'Memory: None\nReason: The task is about Wi-Fi, which lives in the Settings app, so I open it.\nAction: <|begin_of_box|>{"action_type": "open_app", "app_name": "Settings"}<|end_of_box|>',
  },
  {
    reasoning: "Network & internet is the second row.",
    content:
      "Memory: Settings is open\nReason: Wi-Fi is under Network & internet, the second row of the list.\nAction: {'action_type': 'click', 'box_2d': [[120,180,880,240]]}",
  },
  {
    reasoning: "Wi-Fi shows as on.",
    content: 'Memory: Wi-Fi is on\nReason: The Wi-Fi switch is on, so the goal is reached.\nAction: {"action_type": "status", "goal_status": "complete"}',
  },
];

/** The scripted step for an agent request, or null when the text is not the agent template. */
export function agentAnswer(text: string): ScriptedAnswer | null {
  if (!text.includes(AGENT_HEAD)) return null;
  const mobile = /# Task Platform\nMobile\n/.test(text);
  // Desktop history: "step k: Screenshot:"; mobile history: "Step k:\n".
  const done = mobile ? (text.match(/\nStep \d+:\n/g) ?? []).length : (text.match(/\nstep \d+: Screenshot:/g) ?? []).length;
  // "(long task)" in the task stretches the desktop script to six steps (history past 4 images).
  const steps = mobile ? MOBILE_STEPS : /# Task:\n[^\n]*\(long task\)/.test(text) ? LONG_DESKTOP_STEPS : DESKTOP_STEPS;
  const step = steps[Math.min(done, steps.length - 1)];
  return { ...step, finishReason: "stop" };
}

/** An answer about attached PDF pages that names pages in several forms (page links). */
export function documentAnswer(text: string, lang: AnswerLanguage = "en"): ScriptedAnswer | null {
  const m = /\[Document "([^"]{1,200})": (?:all (\d+) pages?|pages ([\d, -]+) of (\d+))/.exec(text);
  if (!m) return null;
  const name = m[1];
  const refs = citedPages(m[2] ? `1-${m[2]}` : m[3]);
  if (lang === "zh") return zhDocumentAnswer(name, refs);
  return {
    reasoning: `Reading the pages of ${name} in order.`,
    content: [
      `**${name}** (demo answer: the demo model does not really read the pages).`,
      "",
      `- Page ${refs.first} has the summary: revenue grew 12% to 4.2 million.`,
      `- The chart on p. ${refs.second} shows five regions; ${refs.range ? `pp. ${refs.range} give` : `p. ${refs.last} gives`} the details.`,
      `- The small print with the invoice reference is on 第${refs.last}页 (written the Chinese way, which links too).`,
    ].join("\n"),
    finishReason: "stop",
  };
}

export interface CitedPages {
  first: number;
  second: number;
  last: number;
  /** "2-3": the second to the last page sent, when they differ. */
  range?: string;
}

/**
 * The pages the demo answer names, all among those sent ("2-3", "1, 4-5"): a 2-page document
 * must not be answered with "pp. 2-3".
 */
export function citedPages(list: string): CitedPages {
  const pages = list.split(",").flatMap((part) => {
    const [from, to = from] = part.trim().split("-").map(Number);
    return Array.from({ length: Math.max(0, Math.min(to - from, 999)) + 1 }, (_, i) => from + i);
  });
  const first = pages[0] ?? 1;
  const second = pages[1] ?? first;
  const last = pages.at(-1) ?? first;
  return { first, second, last, range: last > second ? `${second}-${last}` : undefined };
}
