import { z } from "zod";
import type { StreamEvent } from "./events";
import { ThinkSplitter } from "./think-splitter";

const text = z.string().nullish();
const chunkSchema = z.object({
  choices: z
    .array(
      z.object({
        delta: z
          .object({
            content: text,
            reasoning_content: text,
            reasoning: text,
            tool_calls: z
              .array(
                z.object({
                  index: z.number().optional(),
                  id: z.string().nullish(),
                  function: z.object({ name: z.string().nullish(), arguments: z.string().nullish() }).partial().nullish(),
                }),
              )
              .nullish(),
          })
          .nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  usage: z
    .object({
      prompt_tokens: z.number(),
      completion_tokens: z.number(),
      total_tokens: z.number(),
      prompt_tokens_details: z.object({ cached_tokens: z.number().nullish() }).nullish(),
      completion_tokens_details: z.object({ reasoning_tokens: z.number().nullish() }).nullish(),
    })
    .nullish(),
  error: z.object({ code: z.union([z.string(), z.number()]).nullish(), message: z.string().nullish() }).nullish(),
});

/**
 * Turns upstream SSE payloads (glm-protocol.md section 3, any dialect) into the app's events.
 * Yields per upstream chunk, so the route can flush each event as it arrives.
 */
export async function* normaliseUpstream(payloads: AsyncIterable<string>): AsyncGenerator<StreamEvent> {
  const think = new ThinkSplitter();
  let finished = false;
  for await (const data of payloads) {
    if (data.trim() === "[DONE]") break;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      continue; // Keep-alive noise or a provider bug; the stream itself may still be fine.
    }
    const parsed = chunkSchema.safeParse(json);
    if (!parsed.success) continue;
    const chunk = parsed.data;
    if (chunk.error) {
      yield { type: "error", code: "upstream_unavailable", message: "The provider reported an error while answering." };
      return;
    }
    for (const choice of chunk.choices ?? []) {
      const delta = choice.delta;
      const reasoning = delta?.reasoning ?? delta?.reasoning_content;
      if (reasoning) yield { type: "reasoning", delta: reasoning };
      if (delta?.content) {
        for (const piece of think.push(delta.content)) yield toEvent(piece.channel, piece.text);
      }
      for (const call of delta?.tool_calls ?? []) {
        yield {
          type: "tool_call",
          // GLM-4.5 has been seen sending index -1: treat it as the first call.
          index: Math.max(0, call.index ?? 0),
          id: call.id ?? undefined,
          name: call.function?.name ?? undefined,
          argumentsDelta: call.function?.arguments ?? "",
        };
      }
      if (choice.finish_reason) {
        for (const piece of think.flush()) yield toEvent(piece.channel, piece.text);
        if (chunk.usage) yield usageEvent(chunk.usage);
        yield { type: "finish", reason: choice.finish_reason };
        finished = true;
      }
    }
    if (!chunk.choices?.some((c) => c.finish_reason) && chunk.usage) yield usageEvent(chunk.usage);
  }
  if (!finished) {
    for (const piece of think.flush()) yield toEvent(piece.channel, piece.text);
    yield { type: "error", code: "stream_interrupted", message: "The answer was cut off: the connection to the provider dropped." };
  }
}

function toEvent(channel: "reasoning" | "text", delta: string): StreamEvent {
  return channel === "reasoning" ? { type: "reasoning", delta } : { type: "text", delta };
}

function usageEvent(u: NonNullable<z.infer<typeof chunkSchema>["usage"]>): StreamEvent {
  return {
    type: "usage",
    promptTokens: u.prompt_tokens,
    completionTokens: u.completion_tokens,
    totalTokens: u.total_tokens,
    ...(u.prompt_tokens_details?.cached_tokens != null ? { cachedTokens: u.prompt_tokens_details.cached_tokens } : {}),
    ...(u.completion_tokens_details?.reasoning_tokens != null
      ? { reasoningTokens: u.completion_tokens_details.reasoning_tokens }
      : {}),
  };
}
