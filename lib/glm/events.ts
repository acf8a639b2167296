import { z } from "zod/mini";

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
  }),
  z.object({ type: z.literal("finish"), reason: z.string() }),
  z.object({ type: z.literal("error"), code: z.string(), message: z.string() }),
]);

export type StreamEvent = z.infer<typeof streamEventSchema>;

export function encodeEvent(event: StreamEvent): string {
  // Deltas are nearly every event on the proxy's hot path: stringifying just the string is
  // cheaper than the object and gives the same bytes (same key order).
  if (event.type === "text") return `data: {"type":"text","delta":${JSON.stringify(event.delta)}}\n\n`;
  if (event.type === "reasoning") return `data: {"type":"reasoning","delta":${JSON.stringify(event.delta)}}\n\n`;
  return `data: ${JSON.stringify(event)}\n\n`;
}
