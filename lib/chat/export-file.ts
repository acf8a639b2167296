/** The JSON export file (and the form a share takes when imported), derived from the message model. */
import { z } from "zod/mini";
import { attachmentMetaSchema, conversationSchema, messageFieldsSchema } from "./message";

export const EXPORT_FORMAT = "glm-chat-export";

/** Attachments carry their bytes as base64 with their mimeType, so the file is complete. */
export const exportedAttachmentSchema = z.extend(attachmentMetaSchema, { data: z.string() });
export const exportedMessageSchema = z.extend(z.omit(messageFieldsSchema, { reasoningStartedAt: true }), {
  attachments: z.optional(z.array(exportedAttachmentSchema)),
});
export const exportedConversationSchema = z.object({
  conversation: conversationSchema,
  messages: z.array(exportedMessageSchema),
});
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.number(),
  conversations: z.array(exportedConversationSchema),
});
export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportedConversation = z.infer<typeof exportedConversationSchema>;
export type ExportedMessage = z.infer<typeof exportedMessageSchema>;
