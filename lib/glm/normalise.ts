import type { FinishReason } from "@/lib/chat/message";
import { CUT_OFF, type StreamEvent } from "./events";
import { ContentFilter, type ContentPiece } from "./content-filter";
import { costOf, type Price } from "./prices";
import { mapUpstreamError } from "./upstream-errors";
import { parseWebSearch } from "./web-search";

export interface NormaliseOptions {
  /** The model's template opened `<think>` and thinking is on (see ContentFilter). */
  templateThink?: boolean;
  /** Price of the model, to add `costUsd` to the usage event. */
  price?: Price;
  /**
   * `max_tokens` was lowered to `maxTokens`, what is left of the user's daily budget: a "length"
   * that used it all is the budget's, and its finish carries when that budget resets.
   */
  budgetCapped?: { maxTokens: number; resetAt: string };
}

const SPECIAL_TOKENS = /<\|(user|observation|endoftext|assistant|system)\|>/g;

/**
 * Turns upstream SSE payloads (docs/glm-protocol.md sections 3 and 8, any dialect) into the app's
 * events. Synchronous and allocation-light: it runs once per upstream chunk on the proxy's hot
 * path, so the payload is checked by hand rather than with a schema (unknown shapes are ignored).
 */
export class UpstreamNormaliser {
  private content: ContentFilter;
  private finished = false;
  private done = false;
  private warned = false;
  private rawToolIndex = 0;
  /** A budget-capped "length" whose finish chunk had no usage, held for the usage an OpenAI-style server sends after it. */
  private heldLength = false;

  constructor(private readonly options: NormaliseOptions = {}) {
    this.content = new ContentFilter({ templateThink: options.templateThink });
  }

  /** Events for one `data:` payload. */
  push(data: string): StreamEvent[] {
    if (this.done) return [];
    if (data.trim() === "[DONE]") {
      this.done = true;
      return this.releaseLength(undefined);
    }
    let chunk: Chunk;
    try {
      chunk = JSON.parse(data);
    } catch {
      return this.warnOnce();
    }
    if (!chunk || typeof chunk !== "object") return [];
    const out: StreamEvent[] = [];
    if (chunk.error && typeof chunk.error === "object") {
      // Mapped like an HTTP error by its code; the text already sent stays with the client.
      this.done = true;
      this.finished = true;
      for (const piece of this.content.flush()) out.push(this.toEvent(piece));
      const error = mapUpstreamError(200, chunk).toEnvelope();
      out.push({ type: "error", ...error });
      return out;
    }
    const sources = parseWebSearch(chunk.web_search);
    if (sources.length) out.push({ type: "sources", sources });
    const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
    let sawFinish = false;
    for (const choice of choices) {
      const delta = choice?.delta;
      if (delta && typeof delta === "object") {
        const reasoning = str(delta.reasoning) ?? str(delta.reasoning_content);
        if (reasoning) {
          this.content.reasoningFieldSeen();
          const clean = reasoning.replace(SPECIAL_TOKENS, "");
          if (clean) out.push({ type: "reasoning", delta: clean });
        }
        const content = str(delta.content);
        if (content) for (const piece of this.content.push(content)) out.push(this.toEvent(piece));
        if (Array.isArray(delta.tool_calls)) for (const call of delta.tool_calls) out.push(toolEvent(call));
      }
      const reason = str(choice?.finish_reason);
      if (reason) {
        sawFinish = true;
        for (const piece of this.content.flush()) out.push(this.toEvent(piece));
        const usage = this.usageEvent(chunk.usage);
        if (usage) out.push(usage);
        this.finished = true;
        if (reason === "length" && this.options.budgetCapped && !usage) this.heldLength = true;
        else out.push(reason === "length" ? this.lengthFinish(chunk.usage) : finishEvent(reason));
      }
    }
    if (!sawFinish) {
      const usage = this.usageEvent(chunk.usage);
      if (usage) out.push(usage);
      if (usage && this.heldLength) out.push(...this.releaseLength(chunk.usage));
    }
    return out;
  }

  /**
   * A non-empty delta the fast lane read off the bytes and found free of `<` (lib/glm/fast-lane.ts):
   * the event type it becomes, with the state changes `push` would make for it; undefined when
   * only `push` can tell (the stream is over, the content filter holds something back).
   */
  passThrough(field: "content" | "reasoning"): "text" | "reasoning" | undefined {
    if (this.done) return undefined;
    if (field === "content") return this.content.passThrough();
    this.content.reasoningFieldSeen();
    return "reasoning";
  }

  /** Events once the upstream body has ended (or failed): an answer without finish was cut. */
  end(): StreamEvent[] {
    if (this.finished) return this.releaseLength(undefined);
    this.finished = true;
    const out = this.content.flush().map((p) => this.toEvent(p));
    out.push({ ...CUT_OFF });
    return out;
  }

  /** A payload that is not JSON: skipped, but the user learns that part of the answer may be missing. */
  private warnOnce(): StreamEvent[] {
    if (this.warned) return [];
    this.warned = true;
    return [{ type: "warning", code: "malformed_chunk", message: "The provider sent a piece of the answer that could not be read: part of the answer may be missing." }];
  }

  private toEvent(piece: ContentPiece): StreamEvent {
    if (piece.kind === "tool_call")
      return { type: "tool_call", index: this.rawToolIndex++, name: piece.name, argumentsDelta: piece.arguments };
    return piece.kind === "reasoning" ? { type: "reasoning", delta: piece.text } : { type: "text", delta: piece.text };
  }

  /**
   * A "length" is the budget's when the answer used all the budget left it. One that stopped short
   * (the provider's own limit) is a plain cut: the budget is not spent, and its Continue need not
   * wait for the reset. Without usage (a server that sends none, even after the finish chunk, as
   * an OpenAI-style one does) the lowered cap is taken to be what cut it.
   */
  private lengthFinish(u: any): StreamEvent {
    const capped = this.options.budgetCapped;
    const completion = num(u?.completion_tokens);
    return capped && (completion === undefined || completion >= capped.maxTokens) ? { type: "finish", reason: "budget", resetAt: capped.resetAt } : finishEvent("length");
  }

  /** The held "length" finish, once its usage came (or the stream ended without it). */
  private releaseLength(u: any): StreamEvent[] {
    if (!this.heldLength) return [];
    this.heldLength = false;
    return [this.lengthFinish(u)];
  }

  private usageEvent(u: any): StreamEvent | undefined {
    const event = usageEvent(u);
    if (event?.type === "usage" && this.options.price) event.costUsd = costOf(event, this.options.price);
    return event;
  }
}

/** Async-iterable form, for callers that already have a stream of payloads. */
export async function* normaliseUpstream(payloads: AsyncIterable<string>, options?: NormaliseOptions): AsyncGenerator<StreamEvent> {
  const n = new UpstreamNormaliser(options);
  for await (const data of payloads) yield* n.push(data);
  yield* n.end();
}

type Chunk = { choices?: any; usage?: any; error?: any; web_search?: unknown };

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

function usageEvent(u: any): (StreamEvent & { type: "usage" }) | undefined {
  if (!u || typeof u !== "object") return undefined;
  const promptTokens = num(u.prompt_tokens);
  const completionTokens = num(u.completion_tokens);
  if (promptTokens === undefined || completionTokens === undefined) return undefined;
  const event: StreamEvent & { type: "usage" } = { type: "usage", promptTokens, completionTokens, totalTokens: num(u.total_tokens) ?? promptTokens + completionTokens };
  const cached = num(u.prompt_tokens_details?.cached_tokens);
  const reasoning = num(u.completion_tokens_details?.reasoning_tokens);
  if (cached !== undefined) event.cachedTokens = cached;
  if (reasoning !== undefined) event.reasoningTokens = reasoning;
  return event;
}
