import { z } from "zod/mini";
import { finishReasonSchema, messageErrorSchema, sourceSchema, usageSchema } from "@/lib/chat/message";

/**
 * The app's own stream events, sent by /api/chat as `data: <json>` lines. The client has one
 * parser whatever the upstream provider; lib/chat/apply-event.ts folds them into a message.
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
  /** Web-search results the answer may cite; a later event adds to (never replaces) earlier ones. */
  z.object({ type: z.literal("sources"), sources: z.array(sourceSchema) }),
  /** The message's usage shape (lib/chat/message.ts), with the event's tag. */
  z.extend(usageSchema, { type: z.literal("usage") }),
  /** Something went wrong that does not end the answer (e.g. an unreadable chunk was skipped). */
  z.object({ type: z.literal("warning"), code: z.string(), message: z.string() }),
  /**
   * `reason` is closed (mapped on the server); `raw` is the upstream's string when it differs.
   * `resetAt` (ISO time) only with `budget`: when the daily budget resets, the moment a refused
   * request's `budget_exhausted` names, so the answer's Continue and Retry wait for it.
   */
  z.object({ type: z.literal("finish"), reason: finishReasonSchema, raw: z.optional(z.string()), resetAt: z.optional(z.string()) }),
  /** The message's error shape (`resetAt` only with `usage_limit` and `budget_exhausted`, `retryAt` only before a stream), with the event's tag. */
  z.extend(messageErrorSchema, { type: z.literal("error") }),
  // The answer stopped for reasons on our side (server restart, lost connection): what arrived is
  // kept and the client offers Continue.
  z.object({ type: z.literal("interrupted"), message: z.string() }),
]);

export type StreamEvent = z.infer<typeof streamEventSchema>;

export { CUT_OFF } from "./cut-off";

export function encodeEvent(event: StreamEvent): string {
  // Deltas are nearly every event on the proxy's hot path: stringifying just the string is
  // cheaper than the object and gives the same bytes (same key order).
  if (event.type === "text") return `data: {"type":"text","delta":${JSON.stringify(event.delta)}}\n\n`;
  if (event.type === "reasoning") return `data: {"type":"reasoning","delta":${JSON.stringify(event.delta)}}\n\n`;
  return `data: ${JSON.stringify(event)}\n\n`;
}
