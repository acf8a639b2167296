/** Shapes of stored records and their zod schemas (the load-time validation boundary). */
import { z } from "zod/mini";
import type { Attachment, ChatMessage, Conversation } from "@/lib/chat/types";

/** A conversation as stored; `thumbnail` points at its first image so the sidebar can show it. */
export interface StoredConversation extends Conversation {
  thumbnail?: { messageId: string; attachmentId: string };
}

/** A message without its attachments' bytes: those live in the attachments store. */
export type StoredMessage = Omit<ChatMessage, "attachments"> & {
  conversationId: string;
  attachmentIds?: string[];
};

export type StoredAttachment = Attachment & { conversationId: string; messageId: string };

const finishReason = z.enum(["stop", "length", "tool_calls", "sensitive", "network_error", "aborted", "error"]);

export const conversationSettingsSchema = z.object({
  model: z.string(),
  thinking: z.boolean(),
  systemPrompt: z.optional(z.string()),
  sendSystemMessages: z.optional(z.boolean()),
});

export const conversationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  pinned: z.optional(z.boolean()),
  settings: conversationSettingsSchema,
});

export const storedConversationSchema = z.extend(conversationSchema, {
  thumbnail: z.optional(z.object({ messageId: z.string(), attachmentId: z.string() })),
});

export const attachmentMetaSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(["image", "video"]),
  mimeType: z.string(),
  name: z.string(),
  width: z.optional(z.number()),
  height: z.optional(z.number()),
  size: z.number().check(z.nonnegative()),
});

export const messageFieldsSchema = z.object({
  id: z.string().check(z.minLength(1)),
  role: z.enum(["system", "user", "assistant"]),
  content: z.string(),
  reasoning: z.optional(z.string()),
  reasoningMs: z.optional(z.number()),
  createdAt: z.number(),
  model: z.optional(z.string()),
  status: z.optional(z.enum(["streaming", "done", "interrupted", "error"])),
  finishReason: z.optional(finishReason),
  error: z.optional(z.object({ code: z.string(), message: z.string() })),
  usage: z.optional(
    z.object({
      promptTokens: z.number(),
      completionTokens: z.number(),
      totalTokens: z.number(),
      cachedTokens: z.optional(z.number()),
      reasoningTokens: z.optional(z.number()),
    }),
  ),
});

export const storedMessageSchema = z.extend(messageFieldsSchema, {
  conversationId: z.string().check(z.minLength(1)),
  attachmentIds: z.optional(z.array(z.string())),
});

export const storedAttachmentSchema = z.extend(attachmentMetaSchema, {
  conversationId: z.string().check(z.minLength(1)),
  messageId: z.string().check(z.minLength(1)),
  blob: z.instanceof(Blob),
});

export function toStoredMessage(conversationId: string, message: ChatMessage): StoredMessage {
  const { attachments, ...rest } = message;
  const record: StoredMessage = { ...rest, conversationId };
  if (attachments?.length) record.attachmentIds = attachments.map((a) => a.id);
  return dropUndefined(record);
}

export function toStoredAttachment(conversationId: string, messageId: string, attachment: Attachment): StoredAttachment {
  return dropUndefined({ ...attachment, conversationId, messageId });
}

export function fromStoredAttachment(record: StoredAttachment): Attachment {
  const { conversationId: _c, messageId: _m, ...attachment } = record;
  return attachment;
}

/** Rebuild a ChatMessage; attachments keep the order the message listed them in. */
export function fromStoredMessage(record: StoredMessage, attachments: Map<string, Attachment>): ChatMessage {
  const { conversationId: _c, attachmentIds, ...message } = record;
  const found = (attachmentIds ?? []).map((id) => attachments.get(id)).filter((a): a is Attachment => !!a);
  return found.length ? { ...message, attachments: found } : message;
}

/** Approximate stored size of a structured-clone record (strings as UTF-16, blobs by size). */
export function recordBytes(value: unknown): number {
  if (value instanceof Blob) return value.size;
  if (typeof value === "string") return value.length * 2;
  if (typeof value === "number") return 8;
  if (typeof value === "boolean" || value === null || value === undefined) return 1;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + recordBytes(item), 8);
  if (typeof value === "object") {
    let sum = 8;
    for (const [key, item] of Object.entries(value)) sum += key.length * 2 + recordBytes(item);
    return sum;
  }
  return 0;
}

function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
