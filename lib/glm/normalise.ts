import type { FinishReason } from "@/lib/chat/message";
import { CUT_OFF, type StreamEvent } from "./events";
import { ThinkSplitter } from "./think-splitter";

/**
 * Turns upstream SSE payloads (docs/glm-protocol.md section 3, any dialect) into the app's events.
 * Synchronous and allocation-light: it runs once per upstream chunk on the proxy's hot path, so
 * the payload is checked by hand rather than with a schema (unknown shapes are ignored).
 */
export class UpstreamNormaliser {
  private think = new ThinkSplitter();
  private finished = false;
  private done = false;

  /** Events for one `data:` payload. */
  push(data: string): StreamEvent[] {
    if (this.done) return [];
    if (data === "[DONE]" || data.trim() === "[DONE]") {
      this.done = true;
      return [];
    }
    let chunk: Chunk;
    try {
      chunk = JSON.parse(data);
    } catch {
      return []; // Keep-alive noise or a provider bug; the stream itself may still be fine.
    }
    if (!chunk || typeof chunk !== "object") return [];
    const out: StreamEvent[] = [];
    if (chunk.error && typeof chunk.error === "object") {
      this.done = true;
      this.finished = true;
      out.push({ type: "error", code: "upstream_unavailable", message: "The provider reported an error while answering." });
      return out;
    }
    const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
    let sawFinish = false;
    for (const choice of choices) {
      const delta = choice?.delta;
      if (delta && typeof delta === "object") {
        const reasoning = str(delta.reasoning) ?? str(delta.reasoning_content);
        if (reasoning) out.push({ type: "reasoning", delta: reasoning });
        const content = str(delta.content);
        if (content) for (const piece of this.think.push(content)) out.push(toEvent(piece.channel, piece.text));
        if (Array.isArray(delta.tool_calls)) for (const call of delta.tool_calls) out.push(toolEvent(call));
      }
      const reason = str(choice?.finish_reason);
      if (reason) {
        sawFinish = true;
        for (const piece of this.think.flush()) out.push(toEvent(piece.channel, piece.text));
        const usage = usageEvent(chunk.usage);
        if (usage) out.push(usage);
        out.push(finishEvent(reason));
        this.finished = true;
      }
    }
    if (!sawFinish) {
      const usage = usageEvent(chunk.usage);
      if (usage) out.push(usage);
    }
    return out;
  }

  /** Events once the upstream body has ended (or failed): an answer without finish was cut. */
  end(): StreamEvent[] {
    if (this.finished) return [];
    this.finished = true;
    const out = this.think.flush().map((p) => toEvent(p.channel, p.text));
    out.push({ ...CUT_OFF });
    return out;
  }
}

/** Async-iterable form, for callers that already have a stream of payloads. */
export async function* normaliseUpstream(payloads: AsyncIterable<string>): AsyncGenerator<StreamEvent> {
  const n = new UpstreamNormaliser();
  for await (const data of payloads) yield* n.push(data);
  yield* n.end();
}

type Chunk = { choices?: any; usage?: any; error?: any };

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

const KNOWN_REASONS: ReadonlySet<string> = new Set<FinishReason>(["stop", "length", "tool_calls", "sensitive", "network_error"]);

/**
 * The closed finish reason for an upstream string. An unknown one (a new provider value) is
 * "other" with the raw string kept, so the client never has to interpret or reject it.
 */
export function finishEvent(raw: string): StreamEvent {
  return KNOWN_REASONS.has(raw) ? { type: "finish", reason: raw as FinishReason } : { type: "finish", reason: "other", raw };
}

function toEvent(channel: "reasoning" | "text", delta: string): StreamEvent {
  return channel === "reasoning" ? { type: "reasoning", delta } : { type: "text", delta };
}

function toolEvent(call: any): StreamEvent {
  return {
    type: "tool_call",
    // GLM-4.5 has been seen sending index -1: treat it as the first call.
    index: Math.max(0, num(call?.index) ?? 0),
    id: str(call?.id),
    name: str(call?.function?.name),
    argumentsDelta: str(call?.function?.arguments) ?? "",
  };
}

function usageEvent(u: any): StreamEvent | undefined {
  if (!u || typeof u !== "object") return undefined;
  const promptTokens = num(u.prompt_tokens);
  const completionTokens = num(u.completion_tokens);
  if (promptTokens === undefined || completionTokens === undefined) return undefined;
  const event: StreamEvent = { type: "usage", promptTokens, completionTokens, totalTokens: num(u.total_tokens) ?? promptTokens + completionTokens };
  const cached = num(u.prompt_tokens_details?.cached_tokens);
  const reasoning = num(u.completion_tokens_details?.reasoning_tokens);
  if (cached !== undefined) event.cachedTokens = cached;
  if (reasoning !== undefined) event.reasoningTokens = reasoning;
  return event;
}
