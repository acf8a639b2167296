import { z } from "zod/mini";

/** One web search result. `link` is http(s) only (checked on the server, again when drawn). */
export const sourceSchema = z.object({
  index: z.number(),
  title: z.string(),
  link: z.string(),
  site: z.optional(z.string()),
  date: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * The app's own stream events, sent by /api/chat as `data: <json>` lines. The client has one
 * parser whatever the upstream provider.
 */
export const streamEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("reasoning"), delta: z.string() }),
  z.object({ type: z.literal("text"), delta: z.string() }),
  z.object({
    type: z.literal("tool_call"),
    index: z.number(),
    id: z.optional(z.string()),
    name: z.optional(z.string()),
    argumentsDelta: z.string(),
  }),
  z.object({
    type: z.literal("usage"),
    promptTokens: z.number(),
    completionTokens: z.number(),
    totalTokens: z.number(),
    cachedTokens: z.optional(z.number()),
    reasoningTokens: z.optional(z.number()),
    /** From the server's price table (lib/glm/prices.ts); absent when the model has no price. */
    costUsd: z.optional(z.number()),
  }),
  /** Web search results (Z.ai's built-in tool); the answer cites them as `[ref_N]`. */
  z.object({ type: z.literal("sources"), sources: z.array(sourceSchema) }),
  /** Something went wrong that does not end the answer (e.g. an unreadable chunk was skipped). */
  z.object({ type: z.literal("warning"), code: z.string(), message: z.string() }),
  z.object({ type: z.literal("finish"), reason: z.string() }),
  z.object({ type: z.literal("error"), code: z.string(), message: z.string(), resetAt: z.optional(z.string()) }),
]);

export type StreamEvent = z.infer<typeof streamEventSchema>;

export function encodeEvent(event: StreamEvent): string {
  return `data: ${JSON.stringify(event)}\n\n`;
}
