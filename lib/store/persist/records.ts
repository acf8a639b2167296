/** Shapes of stored records and their zod schemas (the load-time validation boundary). */
import { z } from "zod/mini";
import { attachmentSchema, conversationSchema, messageFieldsSchema, type Attachment, type ChatMessage, type Conversation } from "@/lib/chat/message";

/**
 * The stored records, derived from the one message model (lib/chat/message.ts). A message is
 * stored without its attachments' bytes: those live in the attachments store, one record each.
 */
export const storedConversationSchema = conversationSchema;
export type StoredConversation = Conversation;

export const storedMessageSchema = z.extend(messageFieldsSchema, {
  conversationId: z.string().check(z.minLength(1)),
  attachmentIds: z.optional(z.array(z.string())),
});
export type StoredMessage = z.infer<typeof storedMessageSchema>;

export const storedAttachmentSchema = z.extend(attachmentSchema, {
  conversationId: z.string().check(z.minLength(1)),
  messageId: z.string().check(z.minLength(1)),
});
export type StoredAttachment = z.infer<typeof storedAttachmentSchema>;

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
