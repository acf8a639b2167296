/**
 * The one reducer from stream events to a message, used by every consumer: the live turn
 * (./turn-runner.ts), tests, and replays of recorded streams. Pure: the clock comes in `now`.
 */
import { CUT_OFF } from "@/lib/glm/cut-off";
import type { StreamEvent } from "@/lib/glm/events";
import type { ChatMessage, Source, ToolCall, Usage } from "./message";

export interface ApplyOptions {
  /** Milliseconds since the epoch when the event arrived (times the thinking). */
  now?: number;
  /**
   * The message is an answer being continued after it already had text: only text is appended.
   * New reasoning about "continue" would read as nonsense above the original answer.
   */
  appendOnly?: boolean;
  /**
   * What the message's earlier requests used (a Continue is a second request for the same
   * answer): this request's usage adds to it. Replaced, the cut part's tokens and cost vanished.
   */
  usageBefore?: Usage;
}

export function applyEvent(message: ChatMessage, event: StreamEvent, { now = 0, appendOnly = false, usageBefore }: ApplyOptions = {}): ChatMessage {
  switch (event.type) {
    case "reasoning":
      if (appendOnly || !event.delta) return message;
      return {
        ...message,
        reasoning: (message.reasoning ?? "") + event.delta,
        reasoningStartedAt: message.reasoningMs === undefined ? (message.reasoningStartedAt ?? now) : message.reasoningStartedAt,
      };
    case "text":
      return { ...endThinking(message, now), content: message.content + event.delta };
    case "tool_call":
      return { ...message, toolCalls: mergeToolCall(message.toolCalls ?? [], event) };
    case "sources":
      return { ...message, sources: mergeSources(message.sources ?? [], event.sources) };
    case "usage": {
      const { type: _t, ...usage } = event;
      const clean = dropUndefined(usage);
      return { ...message, usage: usageBefore ? addUsage(usageBefore, clean) : clean };
    }
    case "finish": {
      const done: ChatMessage = { ...endThinking(message, now), status: "done", finishReason: event.reason };
      if (event.raw !== undefined) done.finishRaw = event.raw;
      else delete done.finishRaw;
      if (event.reason === "budget" && event.resetAt !== undefined) done.resetAt = event.resetAt;
      else delete done.resetAt;
      delete done.error;
      return done;
    }
    case "warning":
      return { ...message, warning: { code: event.code, message: event.message } };
    case "error": {
      const { type: _t, ...fields } = event;
      const error = dropUndefined(fields);
      return { ...endThinking(message, now), status: "error", finishReason: "error", error };
    }
    case "interrupted":
      // Our side stopped (a server restarting, the connection to it lost): Continue, not Retry.
      return { ...endThinking(message, now), status: "interrupted", error: { code: "stream_interrupted", message: event.message } };
  }
}

/** Folds a whole recorded stream; a stream that stops without finish or error is cut off. */
export function replayEvents(message: ChatMessage, events: Iterable<StreamEvent>, options?: ApplyOptions): ChatMessage {
  let out = message;
  for (const event of events) out = applyEvent(out, event, options);
  return endOfStream(out, options);
}

/** The stream has ended: a message still streaming was cut off (the one place this is decided on the client). */
export function endOfStream(message: ChatMessage, options?: ApplyOptions): ChatMessage {
  return message.status === "streaming" ? applyEvent(message, CUT_OFF, options) : message;
}

/**
 * How a Continue that failed ends: the answer the user chose to keep stays continuable, as
 * "interrupted" (its badge offers Continue and Retry) with the refusal's words. Ended as "error"
 * its only way on was Retry, which replaces the answer: one refused Continue (offline, signed out,
 * rate limited, the server restarting) cost the whole text. Refused because the daily budget is
 * spent, it is the budget's cut again: "Daily budget reached", its buttons waiting for the reset
 * (as "Interrupted" they were live, and only refused again).
 */
export function endOfContinue(message: ChatMessage): ChatMessage {
  if (message.status !== "error" || !message.content.trim()) return message;
  const { error, ...rest } = message;
  if (error?.code === "budget_exhausted" && error.resetAt) return { ...rest, status: "done", finishReason: "budget", resetAt: error.resetAt };
  return { ...message, status: "interrupted", finishReason: undefined };
}

/** The user pressed Stop (or the turn was aborted): keep what arrived, say it was stopped. */
export function stopped(message: ChatMessage, now = 0): ChatMessage {
  if (message.status !== "streaming") return message;
  return { ...endThinking(message, now), status: "done", finishReason: "aborted" };
}

/**
 * Signing out stopped the answer: kept and saved before the page leaves, saying so (with Continue,
 * as an answer stopped by deleting its chat), not read back later as cut by a closed page.
 */
export function signedOut(message: ChatMessage, now = 0): ChatMessage {
  if (message.status !== "streaming") return message;
  return { ...endThinking(message, now), status: "interrupted", error: { code: "signed_out_mid_answer", message: "Stopped: you signed out while this answer was being written." } };
}

function endThinking(message: ChatMessage, now: number): ChatMessage {
  if (message.reasoningStartedAt === undefined) return message;
  const { reasoningStartedAt, ...rest } = message;
  return { ...rest, reasoningMs: rest.reasoningMs ?? Math.max(0, now - reasoningStartedAt) };
}

function mergeToolCall(calls: ToolCall[], event: Extract<StreamEvent, { type: "tool_call" }>): ToolCall[] {
  const index = Math.min(event.index, calls.length);
  const before = calls[index] ?? { id: event.id ?? `call_${index}`, name: "", arguments: "" };
  const next: ToolCall = {
    id: event.id ?? before.id,
    // The name arrives whole in one fragment; some providers repeat it in later ones.
    name: event.name && event.name !== before.name ? before.name + event.name : before.name,
    arguments: before.arguments + event.argumentsDelta,
  };
  const out = calls.slice();
  out[index] = next;
  return out;
}

function mergeSources(known: Source[], incoming: Source[]): Source[] {
  const seen = new Set(known.map((s) => s.link));
  return [...known, ...incoming.filter((s) => !seen.has(s.link) && seen.add(s.link))];
}

/**
 * Two requests' usage as one: every count summed, an optional one kept when either has it. The
 * newer request's own size is kept apart: summed prompts count the conversation twice.
 */
export function addUsage(a: Usage, b: Usage): Usage {
  const sum = (x?: number, y?: number) => (x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0));
  return dropUndefined({
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    totalTokens: a.totalTokens + b.totalTokens,
    cachedTokens: sum(a.cachedTokens, b.cachedTokens),
    reasoningTokens: sum(a.reasoningTokens, b.reasoningTokens),
    costUsd: sum(a.costUsd, b.costUsd),
    latestRequestTokens: b.promptTokens + b.completionTokens,
    unreported: a.unreported || b.unreported || undefined,
  });
}

/** What a Continue adds to when the part before it ended without a usage report: nothing, said so. */
export const UNREPORTED_PART: Usage = { promptTokens: 0, completionTokens: 0, totalTokens: 0, unreported: true };

function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
