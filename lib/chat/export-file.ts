/** The JSON export file (and the form a share takes when imported), derived from the message model. */
import { z } from "zod/mini";
import { attachmentMetaSchema, conversationSchema, messageFieldsSchema } from "./message";
import { sharedLinkSchema } from "@/lib/share-client/links";

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
/**
 * The user's own choices as this browser keeps them (lib/store/settings.ts, the theme, the language
 * cookie): every field optional, since a profile holds only what the user ever chose.
 */
export const exportedSettingsSchema = z.object({
  customInstructions: z.optional(z.string().check(z.maxLength(8000))),
  model: z.optional(z.string()),
  thinking: z.optional(z.boolean()),
  thinkingByModel: z.optional(z.record(z.string(), z.boolean())),
  agentPanelCollapsed: z.optional(z.boolean()),
  theme: z.optional(z.enum(["light", "dark"])),
  language: z.optional(z.string()),
});
/**
 * Still version 1: `settings` and `shares` (the links made here, with the tokens that delete them)
 * were added as optional fields, so an older file imports unchanged and an older app reading a new
 * file takes its conversations and ignores the rest, where a version 2 would refuse it.
 */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.number(),
  conversations: z.array(exportedConversationSchema),
  settings: z.optional(exportedSettingsSchema),
  shares: z.optional(z.array(sharedLinkSchema)),
});
/**
 * The file with its conversations left unchecked: an import checks each on its own, so one damaged
 * conversation leaves the intact ones importable (lib/store/persist/export-json.ts).
 */
export const exportEnvelopeSchema = z.extend(exportFileSchema, { conversations: z.array(z.unknown()) });
export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportedConversation = z.infer<typeof exportedConversationSchema>;
export type ExportedMessage = z.infer<typeof exportedMessageSchema>;
export type ExportedSettings = z.infer<typeof exportedSettingsSchema>;
