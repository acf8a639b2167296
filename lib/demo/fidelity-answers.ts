import type { ScriptedAnswer, ScriptedError } from "./script";

/**
 * Scenarios for what real GLM traffic looks like (docs/glm-protocol.md sections 8 and 10): raw content
 * formats with deliberate splits inside tags, errors inside a 200 stream, an unreadable payload,
 * and web search results. Pieces are sent exactly as given (no re-tokenising), so a tag split
 * across chunks stays split.
 */
export const FIDELITY_SCENARIOS = [
  "template-think", "template-think-cut", "template-think-empty", "template-think-unclosed", "answer-wrapper", "special-tokens",
  "raw-tool-call", "stream-error-1302", "stream-error-1305", "stream-error-1308", "malformed-chunk",
] as const;

export const FIDELITY_ERRORS: Record<string, ScriptedError> = {
  "1308": { status: 429, code: "1308", message: "Usage limit reached for 5 hour. Your limit will reset at 2026-08-27 21:31:39" },
  "1234": { status: 400, code: "1234", message: "网络错误，请稍后重试" },
  "500-400": { status: 400, code: "500", message: "Internal Error" },
};

export function fidelityAnswer(scenario: string): ScriptedAnswer | undefined {
  const raw = (contentPieces: string[], finishReason: ScriptedAnswer["finishReason"] = "stop", extra: Partial<ScriptedAnswer> = {}): ScriptedAnswer => ({
    reasoning: "", content: contentPieces.join(""), contentPieces, finishReason, ...extra,
  });
  switch (scenario) {
    // GLM-4.7 / GLM-5 templates open <think> in the prompt: the trace streams bare up to </think>.
    case "template-think":
      return raw(["The user wants a haiku", " about rain.</th", "ink>Soft rain on the roof", ", the answer."]);
    case "template-think-cut":
      return raw(["Still weighing the first option", " against the second and"], "length");
    case "template-think-empty":
      return raw(["</think>", "Straight to the answer."]);
    // The turn ends inside the template-opened trace: no </think>, yet a clean end of turn.
    case "template-think-unclosed":
      return raw(["Only a trace", ", never closed.<|us", "er|>What else?"]);
    // GLM-4.1V-Thinking wraps its answer.
    case "answer-wrapper":
      return raw(["<think>Looking at the picture.</think><ans", "wer>It is a <|begin_of_box|>cat<|end_of_box|>.</answ", "er>"]);
    // Self-hosted without stop tokens: the model runs on into the next turn.
    case "special-tokens":
      return raw(["<|assist", "ant|>Hello there", ". All done.<|us", "er|>What else can I", " do?<|endoftext|>"]);
    // GLM-4.5 without a tool parser.
    case "raw-tool-call":
      return raw(["Let me check the weather.\n<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_val", "ue>Beijing</arg_value>\n<arg_key>days</arg_key>\n<arg_value>3</arg_value>\n</tool_", "call>"], "tool_calls");
    case "stream-error-1302":
      return raw(["Partial text before", " the rate limit hit."], "stop", { streamError: { code: "1302", message: "Rate limit reached for requests" } });
    case "stream-error-1305":
      return raw(["Partial text before", " the overload."], "stop", { streamError: { code: "1305", message: "The service may be temporarily overloaded" } });
    case "stream-error-1308":
      return raw(["Partial text before", " the cap."], "stop", { streamError: { code: "1308", message: "Usage limit reached for 5 hour. Your limit will reset at 2026-08-27 21:31:39" } });
    case "malformed-chunk":
      return raw(["First part of the answer. ", "Second part of the answer."], "stop", { malformedAfterPiece: 0 });
    default:
      return undefined;
  }
}

/** Z.ai's `web_search` results; one link is hostile and must never become clickable. */
export const DEMO_SEARCH_RESULTS = [
  { title: "GLM-4.5V release notes", content: "GLM-4.5V is a vision model.", link: "https://docs.z.ai/guides/vlm/glm-4.5v", media: "Z.ai Docs", icon: "", refer: "ref_1", publish_date: "2025-08-11" },
  { title: "GLM-V on GitHub", content: "Open weights.", link: "https://github.com/zai-org/GLM-V", media: "GitHub", icon: "", refer: "ref_2", publish_date: "2025-08-12" },
  { title: "Hostile result", content: "x", link: "javascript:alert(1)", media: "evil", icon: "", refer: "ref_3", publish_date: "" },
];

export function webSearchAnswer(q: string): ScriptedAnswer {
  return {
    reasoning: `Searching the web for: ${q}.`,
    content: `GLM-4.5V was released in August 2025 [ref_1]. Its weights are open [ref_2].`,
    finishReason: "stop",
    webSearch: DEMO_SEARCH_RESULTS,
  };
}
