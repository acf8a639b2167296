import { isTitleRequest, scriptedTitle } from "../glm/title";
import { continuationOf, continuedAnswer, type Continuation } from "./continuation";
import { webSearchAnswer } from "./fidelity-answers";
import { hostilePlan } from "./hostile";
import { scenarioOf, scriptedAnswer, scriptedError, type ScriptedAnswer } from "./script";

/**
 * The stand-in GLM upstream: speaks docs/glm-protocol.md exactly (SSE chunks with reasoning_content
 * then content, usage on the last chunk, `data: [DONE]`, JSON error bodies). Used in-process by
 * demo mode and over HTTP by the e2e stand-in server.
 */

export interface EngineOptions {
  /** Tokens per second; a token is about four characters. */
  tokensPerSecond: number;
  /** Delay before the first byte. */
  firstByteDelayMs: number;
  /** Split writes at random byte offsets, use CRLF and add keep-alive comments. */
  chaos: boolean;
  /** Send `delta.reasoning` (recent vLLM) instead of `reasoning_content`. */
  reasoningField: "reasoning_content" | "reasoning";
  seed: number;
  /** Send content in pieces of this many characters instead of token-sized ones (huge answers). */
  chunkChars?: number;
  /** Prompt tokens reported in usage (`[[prompt-tokens:N]]`), to test the context meter. */
  promptTokens?: number;
  /** Go silent this long after the first piece of content (an upstream stalling mid-answer). */
  stallMs?: number;
  /**
   * The request's `max_tokens`: like GLM, the answer ends where its tokens (trace included) reach
   * it, with `finish_reason: "length"`.
   */
  maxTokens?: number;
}

export type EngineStep = { kind: "bytes"; bytes: Uint8Array; delayMs: number } | { kind: "drop"; delayMs: number };

export type EnginePlan =
  | { kind: "error"; status: number; body: unknown; headers: Record<string, string> }
  | { kind: "stream"; steps: () => Generator<EngineStep> };

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  tokensPerSecond: 60,
  firstByteDelayMs: 0,
  chaos: false,
  reasoningField: "reasoning_content",
  seed: 1,
};

interface UpstreamBody {
  model?: unknown;
  messages?: Array<{ role?: unknown; content?: unknown }>;
  thinking?: { type?: unknown };
  chat_template_kwargs?: { enable_thinking?: unknown };
  tools?: Array<{ type?: unknown }>;
  max_tokens?: unknown;
}

export function planResponse(rawBody: unknown, base: EngineOptions = DEFAULT_ENGINE_OPTIONS): EnginePlan {
  const body = (rawBody ?? {}) as UpstreamBody;
  const { text, hasImage, hasVideo } = lastUser(body);
  // A title request (lib/glm/title.ts) gets a scripted title, whatever the excerpt holds.
  if (isTitleRequest(body)) {
    const title: ScriptedAnswer = { reasoning: "", content: scriptedTitle(text), finishReason: "stop" };
    return { kind: "stream", steps: () => streamSteps(title, String(body.model), base) };
  }
  const options = { ...base, ...markerOptions(text), ...tokenCap(body) };
  const scenario = scenarioOf(text);
  const hostile = hostilePlan(scenario, String(body.model));
  if (hostile) return hostile;
  const error = scriptedError(scenario);
  if (error) {
    const headers: Record<string, string> = {};
    // `[[retry-after:N]]` asks for another wait than the scripted one (tests of the countdown).
    const retryAfter = /\[\[retry-after:(\d+)\]\]/.exec(text)?.[1] ?? error.retryAfter;
    if (retryAfter) headers["retry-after"] = String(retryAfter);
    return { kind: "error", status: error.status, body: { error: { code: error.code, message: error.message } }, headers };
  }
  if (typeof body.model !== "string" || !Array.isArray(body.messages) || body.messages.length === 0) {
    return { kind: "error", status: 400, body: { error: { code: "1214", message: "Invalid parameter: messages" } }, headers: {} };
  }
  const continued = continuationOf(body.messages);
  if (continued) return continuePlan(body, continued, base);
  const scripted = answerTo(body, scenario, { text, hasImage, hasVideo });
  // Like GLM: thinking switched off (either dialect) means no reasoning trace at all.
  const thinkingOff = body.thinking?.type === "disabled" || body.chat_template_kwargs?.enable_thinking === false;
  const answer = thinkingOff ? withoutThinking(scripted) : scripted;
  return { kind: "stream", steps: () => streamSteps(answer, String(body.model), options) };
}

function answerTo(body: UpstreamBody, scenario: string, question: Question): ScriptedAnswer {
  const searching = Array.isArray(body.tools) && body.tools.some((t) => t?.type === "web_search");
  if (searching && !scenario) return webSearchAnswer(question.text.slice(0, 200));
  return scriptedAnswer(scenario, question.text, question.hasImage, question.hasVideo);
}

/** The rest of the answer to the question before the cut one (./continuation.ts). */
function continuePlan(body: UpstreamBody, continued: Continuation, base: EngineOptions): EnginePlan {
  const question = lastUser({ messages: continued.before });
  const scenario = scenarioOf(question.text);
  // "take" counts the answers it gives: asking for the whole answer again would count one more.
  const full = scenario === "take" ? undefined : answerTo(body, scenario, question);
  const answer = continuedAnswer(full, continued.partial, question.text);
  // The rest of a long answer comes in at most ~200 pieces: a demo's Continue is not a wait.
  const chunkChars = Math.max(base.chunkChars ?? 0, Math.ceil(answer.content.length / 200));
  const options = { ...(chunkChars > 8 ? { ...base, chunkChars } : base), ...tokenCap(body) };
  return { kind: "stream", steps: () => streamSteps(answer, String(body.model), options) };
}

/** No trace at all; a template-opened trace (bare content up to `</think>`) is not written either. */
function withoutThinking(a: ScriptedAnswer): ScriptedAnswer {
  const out = { ...a, reasoning: "" };
  const pieces = a.contentPieces;
  if (!pieces || a.content.startsWith("<think>")) return out;
  const close = a.content.indexOf("</think>");
  if (close === -1) return out;
  const rest = a.content.slice(close + "</think>".length);
  return { ...out, content: rest, contentPieces: [rest] };
}

interface Question {
  text: string;
  hasImage: boolean;
  hasVideo: boolean;
}

function lastUser(body: UpstreamBody): Question {
  const user = [...(body.messages ?? [])].reverse().find((m) => m.role === "user");
  if (!user) return { text: "", hasImage: false, hasVideo: false };
  if (typeof user.content === "string") return { text: user.content, hasImage: false, hasVideo: false };
  const parts = Array.isArray(user.content) ? (user.content as Array<{ type?: string; text?: string }>) : [];
  return {
    text: parts.filter((p) => p.type === "text").map((p) => p.text ?? "").join("\n"),
    hasImage: parts.some((p) => p.type === "image_url"),
    hasVideo: parts.some((p) => p.type === "video_url"),
  };
}

function tokenCap(body: UpstreamBody): Partial<EngineOptions> {
  const max = body.max_tokens;
  return typeof max === "number" && Number.isInteger(max) && max >= 1 ? { maxTokens: max } : {};
}

function markerOptions(text: string): Partial<EngineOptions> {
  const out: Partial<EngineOptions> = {};
  const tps = /\[\[tps:(\d+)\]\]/.exec(text);
  if (tps) out.tokensPerSecond = Math.max(1, Number(tps[1]));
  const slow = /\[\[first-byte:(\d+)\]\]/.exec(text);
  if (slow) out.firstByteDelayMs = Math.min(30_000, Number(slow[1]));
  if (text.includes("[[chaos]]")) out.chaos = true;
  const prompt = /\[\[prompt-tokens:(\d+)\]\]/.exec(text);
  if (prompt) out.promptTokens = Number(prompt[1]);
  const chunk = /\[\[chunk:(\d+)\]\]/.exec(text);
  if (chunk) out.chunkChars = Math.max(1, Number(chunk[1]));
  const stall = /\[\[stall:(\d+)\]\]/.exec(text);
  if (stall) out.stallMs = Math.min(30_000, Number(stall[1]));
  return out;
}

/** Fixed-size pieces, never inside a surrogate pair. */
export function chunkText(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end++;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** Splits text into token-sized pieces, never inside a surrogate pair. */
export function tokenize(text: string): string[] {
  return text.match(/\s*\S{1,4}|\s+/gu) ?? [];
}

function* streamSteps(answer: ScriptedAnswer, model: string, o: EngineOptions): Generator<EngineStep> {
  const rng = mulberry32(o.seed);
  const tokenDelay = 1000 / o.tokensPerSecond;
  const id = `demo-${Date.now().toString(36)}`;
  const created = Math.floor(Date.now() / 1000);
  const nl = o.chaos ? "\r\n" : "\n";
  const encoder = new TextEncoder();
  let firstDelay = o.firstByteDelayMs;
  let tokens = 0;

  function* emit(payload: string, delayMs: number): Generator<EngineStep> {
    let text = `data: ${payload}${nl}${nl}`;
    if (o.chaos && rng() < 0.3) text = `: keep-alive${nl}${nl}${text}`;
    const bytes = encoder.encode(text);
    const delay = delayMs + firstDelay;
    firstDelay = 0;
    if (!o.chaos) return yield { kind: "bytes", bytes, delayMs: delay };
    // Random byte offsets: inside JSON keys and inside multi-byte characters alike.
    let at = 0;
    let first = true;
    while (at < bytes.length) {
      const size = 1 + Math.floor(rng() * Math.min(40, bytes.length - at));
      yield { kind: "bytes", bytes: bytes.slice(at, at + size), delayMs: first ? delay : 0 };
      first = false;
      at += size;
    }
  }
  // Z.ai sends the search results at the top level of the first chunk.
  let webSearch = answer.webSearch;
  const chunk = (delta: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const top = webSearch ? { web_search: webSearch } : {};
    webSearch = undefined;
    return JSON.stringify({
      id, created, model, ...top,
      choices: [{ index: 0, delta: { role: "assistant", ...delta }, finish_reason: extra.finish_reason ?? null }],
      ...(extra.usage ? { usage: extra.usage } : {}),
    });
  };

  const cap = o.maxTokens ?? Infinity;
  for (const t of tokenize(answer.reasoning)) {
    if (tokens >= cap) return yield* finish("length");
    tokens++;
    yield* emit(chunk({ [o.reasoningField]: t }), tokenDelay);
  }
  let sent = 0;
  const pieces = answer.contentPieces ?? (o.chunkChars ? chunkText(answer.content, o.chunkChars) : tokenize(answer.content));
  for (const [i, t] of pieces.entries()) {
    if (answer.dropAfterChars !== undefined && sent >= answer.dropAfterChars) {
      return yield { kind: "drop", delayMs: tokenDelay };
    }
    if (tokens >= cap) return yield* finish("length");
    tokens++;
    const stalled = i === 1 && o.stallMs ? o.stallMs : 0;
    sent += t.length;
    yield* emit(chunk({ content: t }), tokenDelay + stalled);
    if (answer.malformedAfterPiece === i) yield* emit(`{"choices":[{"index":0,"delta":{"content":"lost wo`, tokenDelay);
  }
  if (answer.streamError) {
    yield* emit(JSON.stringify({ error: answer.streamError }), tokenDelay);
    return yield* emit("[DONE]", 0);
  }
  if (answer.toolCall) {
    if (tokens >= cap) return yield* finish("length");
    const call = { index: 0, id: "call_demo_1", type: "function", function: { name: answer.toolCall.name, arguments: answer.toolCall.arguments } };
    yield* emit(chunk({ tool_calls: [call] }), tokenDelay);
  }
  yield* finish(answer.finishReason);

  function* finish(reason: ScriptedAnswer["finishReason"]): Generator<EngineStep> {
    const usage = {
      prompt_tokens: o.promptTokens ?? 12, completion_tokens: tokens, total_tokens: (o.promptTokens ?? 12) + tokens,
      prompt_tokens_details: { cached_tokens: 0 },
    };
    yield* emit(chunk({ content: "" }, { finish_reason: reason, usage }), tokenDelay);
    yield* emit("[DONE]", 0);
  }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
