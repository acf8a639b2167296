/**
 * The body of POST /api/chat, derived from the message model: the browser builds it
 * (./to-request.ts), the route parses it, lib/glm/request.ts turns it into the upstream dialect.
 */
import { z } from "zod/mini";
import { messageFieldsSchema } from "./message";
import { MAX_TOKENS_CEILING, TEMPERATURE, TOP_P } from "./params";

const base64 = z.string().check(z.minLength(1, "attachment data is empty"), z.regex(/^[A-Za-z0-9+/]*={0,2}$/, "attachment data must be base64"));

export const IMAGE_TYPES = ["image/png", "image/jpeg"] as const;
export const VIDEO_TYPES = ["video/mp4", "video/quicktime", "video/x-matroska"] as const;

/** A message's content on the wire: its text, and each attachment's prepared bytes as base64. */
export const chatPartSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({ type: z.literal("image"), mimeType: z.enum(IMAGE_TYPES), data: base64 }),
  z.object({ type: z.literal("video"), mimeType: z.enum(VIDEO_TYPES), data: base64 }),
]);
export type ChatPart = z.infer<typeof chatPartSchema>;

export const chatRequestMessageSchema = z.extend(z.pick(messageFieldsSchema, { role: true }), {
  content: z.union([z.string(), z.array(chatPartSchema).check(z.minLength(1))]),
});
export type ChatRequestMessage = z.infer<typeof chatRequestMessageSchema>;

export const chatRequestSchema = z
  .object({
    model: z.string().check(z.minLength(1), z.maxLength(100)),
    messages: z.array(chatRequestMessageSchema).check(z.minLength(1), z.maxLength(2000)),
    thinking: z.optional(z.boolean()),
    temperature: z.optional(z.number().check(z.minimum(TEMPERATURE.min), z.maximum(TEMPERATURE.max))),
    top_p: z.optional(z.number().check(z.minimum(TOP_P.min), z.maximum(TOP_P.max))),
    max_tokens: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_TOKENS_CEILING))),
    /** Z.ai's built-in web search (text models on the zai dialect only; the route checks). */
    webSearch: z.optional(z.boolean()),
  })
  .check(
    z.refine((r) => !Array.isArray(r.messages) || r.messages.some((m) => m.role !== "system"), {
      message: "messages must hold at least one user or assistant message",
      path: ["messages"],
    }),
  );
export type ChatRequest = z.infer<typeof chatRequestSchema>;
