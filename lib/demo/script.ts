/**
 * The scripted answers of the demo model. Scenarios are chosen by a marker in the last user
 * message (`[[scenario:name]]`) so tests and curious users can reach every path.
 */

import { agentAnswer, documentAnswer } from "./agent-answers";
import { splitFileBlocks } from "@/lib/media/text-file-blocks";
import { answerLanguage, NOT_THE_USER } from "./answer-language";
import { GREET_CODE_BLOCK } from "./greet-code";
import { FIDELITY_ERRORS, FIDELITY_SCENARIOS, fidelityAnswer } from "./fidelity-answers";
import { htmlEscapeAnswer } from "./html-escape";
import { RICH_SCENARIOS, richAnswer } from "./rich-answers";
import { sampleScenario } from "./samples";
import { zhGroundingShapes, zhGuiClick, zhImageAnswer, zhTextAnswer, zhVideoAnswer } from "./zh-answers";

export interface ScriptedAnswer {
  reasoning: string;
  content: string;
  finishReason: "stop" | "length" | "sensitive" | "network_error" | "tool_calls";
  /** Close the connection after this many content characters, without finish or [DONE]. */
  dropAfterChars?: number;
  toolCall?: { name: string; arguments: string };
  /** Content sent exactly in these pieces (tags split on purpose), instead of token-sized ones. */
  contentPieces?: string[];
  /** After the content, an `{"error": ...}` payload inside the 200 stream instead of a finish. */
  streamError?: { code: string; message: string };
  /** After this content piece, a `data:` payload that is not JSON. */
  malformedAfterPiece?: number;
  /** Top-level `web_search` results sent with the first chunk. */
  webSearch?: unknown[];
  /** What Continue adds to an answer scripted to end cut (./continuation.ts). */
  continuation?: string;
}

export interface ScriptedError {
  status: number;
  code: string;
  message: string;
  retryAfter?: number;
}

const ERRORS: Record<string, ScriptedError> = {
  "1001": { status: 401, code: "1001", message: "Authentication failed: invalid api key" },
  "1113": { status: 429, code: "1113", message: "Your account balance is insufficient" },
  "1211": { status: 400, code: "1211", message: "Model not found" },
  "1214": { status: 400, code: "1214", message: "Invalid parameter: temperature" },
  "1261": { status: 400, code: "1261", message: "Prompt exceeds max length" },
  "1301": { status: 400, code: "1301", message: "System detected potentially unsafe or sensitive content in input" },
  "1302": { status: 429, code: "1302", message: "Rate limit reached for requests", retryAfter: 3 },
  "1305": { status: 429, code: "1305", message: "The service may be temporarily overloaded" },
  "500": { status: 500, code: "500", message: "Internal error" },
  ...FIDELITY_ERRORS,
};

export const SCENARIO_NAMES = [
  "normal", "no-reasoning", "think-in-content", "reasoning-length", "length", "sensitive",
  "network-error", "drop", "network-error-in-thinking", "drop-in-thinking", "take", "grounding-shapes", "gui-click", "long", "tool-call", "box", "video-timestamps", "html-escape", "huge-event", "error-huge-body",
  ...RICH_SCENARIOS,
  ...FIDELITY_SCENARIOS,
  ...Object.keys(ERRORS).map((c) => `error-${c}`),
] as const;

export function scenarioOf(lastUserText: string): string {
  return /\[\[scenario:([a-z0-9-]+)\]\]/.exec(lastUserText)?.[1] ?? "";
}

export function scriptedError(scenario: string): ScriptedError | undefined {
  return scenario.startsWith("error-") ? ERRORS[scenario.slice(6)] : undefined;
}

/** How many `[[scenario:take]]` answers this process has given. */
let takes = 0;

/** Questions already broken off once (the `*-in-thinking` scenarios); bounded, as a demo runs for days. */
const brokenOff = new Set<string>();

function firstAsking(question: string): boolean {
  if (brokenOff.has(question)) return false;
  if (brokenOff.size >= 1000) brokenOff.clear();
  brokenOff.add(question);
  return true;
}

function answeredAgain(q: string): ScriptedAnswer {
  return { reasoning: "Considering the question again.", content: `Answered on the second try: ${q}`, finishReason: "stop" };
}

export function scriptedAnswer(chosen: string, question: string, hasImage: boolean, hasVideo = false): ScriptedAnswer {
  // The starter cards' sample prompts pick their scenario without a visible marker.
  const scenario = chosen || (hasImage ? (sampleScenario(question.trim()) ?? "") : "");
  if (scenario === "box") {
    // Echoes the coordinates given as `[[box:x1,y1,x2,y2]]`, for tests with images made on the fly.
    const coords = /\[\[box:([\d,]+)\]\]/.exec(question)?.[1] ?? "0,0,999,999";
    return { reasoning: "Looking for the object.", content: `The object is at <|begin_of_box|>[[${coords}]]<|end_of_box|>`, finishReason: "stop" };
  }
  if (scenario === "video-timestamps") {
    return { reasoning: "Watching the clip.", content: "The counter starts at 00:00, reads 2 at 00:02 and ends at 0:03.", finishReason: "stop" };
  }
  if (scenario === "html-escape") return htmlEscapeAnswer(question);
  const rich = richAnswer(scenario) ?? fidelityAnswer(scenario);
  if (rich) return rich;
  // Like GLM, the general answers come in the language of the question.
  const lang = answerLanguage(question);
  const zh = lang === "zh";
  if (!scenario) {
    const special = agentAnswer(question) ?? documentAnswer(question, lang);
    if (special) return special;
  }
  const q = questionEcho(question);
  switch (scenario) {
    case "no-reasoning":
      return { reasoning: "", content: `Answer without reasoning to: ${q}`, finishReason: "stop" };
    case "think-in-content":
      return { reasoning: "", content: `<think>Thinking inside content about ${q}.</think>The answer is <|begin_of_box|>42<|end_of_box|>.`, finishReason: "stop" };
    case "reasoning-length":
      return { reasoning: longText("I keep considering the problem from another angle", 60), content: "", finishReason: "length" };
    case "take":
      // A different answer each time (answer versions: Regenerate must be told apart from the first).
      takes += 1;
      return { reasoning: "", content: `Take ${takes}: an answer to ${q}`, finishReason: "stop" };
    case "length":
      return {
        reasoning: "Short thought.",
        content: "This answer is long and gets cut by the token cap right in the mid",
        finishReason: "length",
        continuation: "dle of a word, and Continue picks it up from there.",
      };
    case "sensitive":
      return { reasoning: "Considering.", content: "Here is the start of an answer that the provider", finishReason: "sensitive" };
    case "network-error":
      return { reasoning: "Considering.", content: "Partial answer before inference failed", finishReason: "network_error" };
    case "drop":
      return { reasoning: "Considering.", content: "Partial answer before the connection dropped and then more", finishReason: "stop", dropAfterChars: 38 };
    // Broken off while still thinking (docs/glm-protocol.md §3): the trace arrived, no answer text.
    // Only the first time a question is asked: asked again (Retry), it is answered.
    case "network-error-in-thinking":
      if (!firstAsking(question)) return answeredAgain(q);
      return { reasoning: "Considering the question before inference failed.", content: "", finishReason: "network_error" };
    case "drop-in-thinking":
      if (!firstAsking(question)) return answeredAgain(q);
      return { reasoning: "Considering the question before the connection dropped.", content: "An answer that never arrives", finishReason: "stop", dropAfterChars: 0 };
    case "grounding-shapes":
      return zh ? zhGroundingShapes() : groundingShapes();
    case "gui-click":
      return zh ? zhGuiClick() : guiClick();
    case "long":
      return { reasoning: "Planning a long answer.", content: longText("This is a long streamed answer sentence", 400), finishReason: "stop" };
    case "tool-call":
      return { reasoning: "I should call a tool.", content: "", finishReason: "tool_calls", toolCall: { name: "get_weather", arguments: '{"city":"Beijing"}' } };
    default:
      if (zh) return hasVideo ? zhVideoAnswer(q) : hasImage ? zhImageAnswer(q) : zhTextAnswer(q);
      return hasVideo ? demoVideoAnswer(q) : hasImage ? demoImageAnswer(q) : demoTextAnswer(q);
  }
}

/**
 * The question as the scripted answers quote it: one line, without attached text files' blocks
 * (lib/media/documents.ts), so a quoted CSV cannot open a code fence in the answer.
 */
export function questionEcho(question: string): string {
  const { files, typed } = splitFileBlocks(question);
  // Test markers and the app's page header of an attached PDF are not what the user asked.
  const line = typed.replace(NOT_THE_USER, "").replace(/\s+/g, " ").trim();
  return line.slice(0, 200) || files.map((f) => f.name).join(", ") || "your message";
}

function longText(sentence: string, times: number): string {
  return Array.from({ length: times }, (_, i) => `${sentence} ${i + 1}.`).join(" ");
}

function demoTextAnswer(q: string): ScriptedAnswer {
  return {
    reasoning: `The user wrote: "${q}". This is demo mode, so I answer from a script and show what the app can render: reasoning, markdown, code and an answer box.`,
    content: [
      `**Demo mode.** No \`ZAI_API_KEY\` is set, so a scripted model answers. You asked: _${q}_`,
      "",
      "Here is what a real answer can contain:",
      "",
      "- lists, **bold** and `inline code`",
      "- code blocks with highlighting:",
      "",
      ...GREET_CODE_BLOCK,
      "",
      "Final answer: <|begin_of_box|>set ZAI_API_KEY to talk to GLM<|end_of_box|>",
    ].join("\n"),
    finishReason: "stop",
  };
}

function demoImageAnswer(q: string): ScriptedAnswer {
  return {
    reasoning: `Demo mode: I cannot really see the image, so I mark its centre to show how boxes are drawn. Question: "${q}".`,
    content: "Demo mode cannot see images. This box shows how an answer is drawn: the centre of the picture <|begin_of_box|>[[250,250,750,750]]<|end_of_box|>",
    finishReason: "stop",
  };
}

/** A video in demo mode: the timestamps show how an answer's times seek the player. */
function demoVideoAnswer(q: string): ScriptedAnswer {
  return {
    reasoning: `Demo mode: I cannot really watch the clip, so I name moments near its start to show how times link to it. Question: "${q}".`,
    content: "Demo mode cannot watch videos. Times in an answer link to the clip: 00:00 is its first frame, 00:01 and 00:02 come just after. Select one to play from there.",
    finishReason: "stop",
  };
}

function groundingShapes(): ScriptedAnswer {
  return {
    reasoning: "I see four shapes: a red circle on the left, a blue rectangle and an orange square in the middle, a green triangle on the right.",
    content: [
      "The shapes are:",
      "",
      "- red circle: [100,333,300,667]",
      "- blue rectangle: <|begin_of_box|>[[420,200,620,467]]<|end_of_box|>",
      "- orange square: (430,667,550,867)",
      "- green triangle: <bbox>700,633,900,933</bbox>",
    ].join("\n"),
    finishReason: "stop",
  };
}

function guiClick(): ScriptedAnswer {
  return {
    reasoning: "The task is to save the settings. The Save changes button is below the form.",
    content: [
      "Memory: The user is on the settings page and has edited fields.",
      "Reason: The changes must be saved, so I click the Save changes button.",
      "Action: <|begin_of_box|>left_click(start_box='[281,479]')<|end_of_box|>",
    ].join("\n"),
    finishReason: "stop",
  };
}
