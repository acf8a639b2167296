/** Browser persistence for GLM Chat (IndexedDB `glm-chat`). See README.md in this folder. */
export { closeChatDb, DB_NAME, DB_VERSION, openChatDb } from "./db";
export { ConversationNotFoundError, StorageFullError } from "./errors";
export {
  countConversations,
  deleteConversation,
  listConversations,
  loadAttachment,
  loadConversation,
  putConversation,
  renameConversation,
  restoreConversation,
  setPinned,
  type ConversationSnapshot,
  type LoadedConversation,
} from "./conversations";
export { deleteMessages, dropAttachments, putMessage, restoreMessages, type PutMessageResult } from "./messages";
export type { StoredConversation } from "./records";
export { clearQuarantine, countQuarantine, exportQuarantineJson, listQuarantine, type QuarantineEntry } from "./quarantine";
export { createStreamingSaver, type StreamingSaver, type StreamingSaverOptions } from "./streaming-saver";
export { CHANNEL_NAME, subscribeToChanges, type ChangeEvent } from "./sync";
export { searchConversations, warmSearchIndex } from "./search";
export type { SearchResult, SearchSnippet, TextRange } from "./search-core";
export { requestPersistence, storageEstimate, type ConversationUsage, type StorageReport } from "./estimate";
export {
  exportAllJson,
  exportConversationData,
  exportConversationJson,
  importJson,
  ImportError,
  type ExportFile,
  type ImportResult,
} from "./export-json";
export {
  conversationToMarkdown,
  exportConversationMarkdown,
  exportConversationMarkdownZip,
  type MarkdownExport,
} from "./export-markdown";
export { groupByDate, titleFromMessages, titleFromText, type DateGroup, type DateGroupKey } from "./titles";
