/** JSON export / import: complete (images embedded as base64 with their mimeType), zod-validated, idempotent. */
import type { Attachment, ChatMessage } from "@/lib/chat/message";
import { linkParents } from "@/lib/chat/tree";
import { base64ToBlob, blobToBase64 } from "@/lib/media/base64";
import { listConversations, loadConversation, messagesRange, type ConversationSnapshot } from "./conversations";
import { getDb, INDEXES, STORES } from "./db";
import { exportSource, idsToExport } from "./export-source";
import { messageChanges, sameData } from "./import-changes";
import { request, writeTx } from "./idb";
import {
  EXPORT_FORMAT,
  exportedConversationSchema,
  exportEnvelopeSchema,
  type ExportedConversation,
  type ExportedSettings,
  type ExportFile,
} from "@/lib/chat/export-file";
import type { SharedLink } from "@/lib/share-client/links";
import {
  toStoredAttachment,
  toStoredMessage,
  type StoredConversation,
  type StoredMessage,
} from "./records";
import { broadcastChange } from "./sync";
import { chatThumbnail } from "../thumbnail";

export { EXPORT_FORMAT, exportFileSchema, type ExportFile } from "@/lib/chat/export-file";

export class ImportError extends Error {
  readonly name = "ImportError";
  /**
   * What was wrong, for the UI's words: not JSON at all, JSON that is not our export, an export
   * from a newer app, or one whose conversation number `conversation` (from 1) is damaged, with
   * the `field` at fault when one is named (every language's words name it).
   */
  constructor(
    readonly kind: "not_json" | "not_export" | "newer_version" | "damaged",
    message: string,
    readonly conversation?: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function exportSnapshot(snapshot: ConversationSnapshot): Promise<ExportedConversation> {
  const messages = await Promise.all(
    snapshot.messages.map(async (message) => {
      const { attachments, reasoningStartedAt: _r, ...rest } = message;
      if (!attachments?.length) return rest;
      const exported = await Promise.all(
        attachments.map(async ({ blob, ...meta }) => ({ ...meta, data: await blobToBase64(blob) })),
      );
      return { ...rest, attachments: exported };
    }),
  );
  return { conversation: snapshot.conversation, messages };
}

function envelope(conversations: ExportedConversation[]): ExportFile {
  return { format: EXPORT_FORMAT, version: 1, exportedAt: Date.now(), conversations };
}

/** `open`: the conversation open in this tab, as shown (./export-source.ts); it stands in for its stored copy. */
export async function exportConversationData(id: string, open?: ConversationSnapshot): Promise<ExportFile> {
  return envelope([await exportSnapshot(await exportSource(id, open))]);
}

export async function exportConversationJson(id: string, open?: ConversationSnapshot): Promise<string> {
  return JSON.stringify(await exportConversationData(id, open), null, 2);
}

/** What the browser keeps beside the conversations (read by lib/store/profile.ts: localStorage, a cookie). */
export interface ProfileData {
  settings?: ExportedSettings;
  shares?: SharedLink[];
}

/**
 * Every conversation, one at a time so memory holds one conversation's blobs at once while reading,
 * with the profile's settings and share list when given ("Export all": all a lost profile would take).
 * `open`: the conversation open in this tab, as shown, in place of its stored copy (storage full:
 * missing or behind).
 */
export async function exportAllJson(profile: ProfileData = {}, open?: ConversationSnapshot): Promise<string> {
  const { conversations } = await listConversations();
  const exported: ExportedConversation[] = [];
  for (const id of idsToExport(conversations, open?.conversation)) {
    const loaded = id === open?.conversation.id ? open : await loadConversation(id);
    if (loaded) exported.push(await exportSnapshot(loaded));
  }
  const { settings, shares } = profile;
  const file: ExportFile = { ...envelope(exported), ...(settings && Object.keys(settings).length ? { settings } : {}), ...(shares?.length ? { shares } : {}) };
  return JSON.stringify(file, null, 2);
}

export interface ImportResult {
  conversationIds: string[];
  /** Of those, how many were already in this browser (merged: nothing is duplicated). */
  existing: number;
  /** Of the existing ones, how many the file changed nothing in: "Nothing new" only when all. */
  unchanged: number;
  /** Messages new to this browser (all of a new conversation's; a newer export's follow-ups and versions). */
  messages: number;
  /** Messages already here that the file changed (an answer continued, feedback given since). */
  updated: number;
  /** Attachments new to this browser. */
  attachments: number;
  /** The file's settings and share list (a full export's), for the caller to merge: not written here. */
  profile: ProfileData;
  /** The file's damaged conversations, left out (the intact ones were imported). */
  damaged: DamagedConversation[];
}

/** A conversation of the file that failed its check: its number (from 1) and the field at fault. */
export interface DamagedConversation {
  conversation: number;
  field?: string;
}

/** The file's conversations that passed their check, and those left out. */
interface ParsedExport {
  file: ExportFile;
  damaged: DamagedConversation[];
}

function parseExport(input: string | unknown): ParsedExport {
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch {
      throw new ImportError("not_json", "This file is not JSON.");
    }
  }
  const parsed = exportEnvelopeSchema.safeParse(data);
  if (!parsed.success) throw importProblem(data);
  // Each conversation on its own: one damaged conversation no longer refuses the intact ones.
  const conversations: ExportedConversation[] = [];
  const damaged: DamagedConversation[] = [];
  parsed.data.conversations.forEach((raw, i) => {
    const one = exportedConversationSchema.safeParse(raw);
    if (one.success) conversations.push(one.data);
    else damaged.push(damagedAt(i + 1, one.error.issues[0].path));
  });
  // Nothing intact: refused, as before, naming the first damaged one.
  if (!conversations.length && damaged.length) throw damagedError(damaged[0]);
  return { file: { ...parsed.data, conversations }, damaged };
}

/** The field at fault: the deepest name on the failing path (`role`, not `messages.1.role`). */
function damagedAt(conversation: number, path: readonly PropertyKey[]): DamagedConversation {
  const field = [...path].reverse().find((p) => typeof p === "string");
  return field === undefined ? { conversation } : { conversation, field: String(field) };
}

function damagedError({ conversation, field }: DamagedConversation): ImportError {
  const what = field ? ` (its “${field}” is missing or wrong)` : "";
  return new ImportError("damaged", `Conversation ${conversation} in this file is damaged${what}. Nothing was imported.`, conversation, field);
}

/** A refused file in plain words: which of our export's promises it breaks, not zod's. */
function importProblem(data: unknown): ImportError {
  const file = (data ?? {}) as { format?: unknown; version?: unknown };
  if (typeof data !== "object" || file.format !== EXPORT_FORMAT) return new ImportError("not_export", "This is not a GLM Chat export.");
  if (typeof file.version === "number" && file.version > 1) {
    return new ImportError("newer_version", "This export was made by a newer version of GLM Chat. Update this app to import it.");
  }
  return new ImportError("damaged", "This export is damaged. Nothing was imported.");
}

function toMessage(exported: ExportedConversation["messages"][number]): ChatMessage {
  const { attachments, ...rest } = exported;
  if (!attachments?.length) return rest;
  return {
    ...rest,
    attachments: attachments.map(({ data, ...meta }): Attachment => {
      const blob = base64ToBlob(data, meta.mimeType);
      return { ...meta, blob, size: blob.size };
    }),
  };
}

/**
 * A file cannot switch on sending its own system messages: that choice is made in this browser,
 * so an imported conversation keeps only what this browser already decided for it (if anything).
 */
function withoutSystemConsent<C extends { settings: { sendSystemMessages?: boolean } }>(incoming: C, existing?: StoredConversation): C {
  const { sendSystemMessages: _ignored, ...settings } = incoming.settings;
  const kept = existing?.settings.sendSystemMessages;
  return { ...incoming, settings: kept ? { ...settings, sendSystemMessages: true } : settings };
}

/**
 * The sidebar's picture for an imported conversation. A share turned into a file ("Continue this
 * chat") carries no thumbnail, so a chat with images showed none in the history; the record
 * written by sending picks the first image sent, and so does this.
 */
function withThumbnail(incoming: StoredConversation, existing: StoredConversation | undefined, messages: readonly ChatMessage[]): StoredConversation {
  if (incoming.thumbnail) return incoming;
  if (existing?.thumbnail) return { ...incoming, thumbnail: existing.thumbnail };
  const thumbnail = chatThumbnail(messages);
  return thumbnail ? { ...incoming, thumbnail } : incoming;
}

/**
 * Import an export (or a share snapshot in the same shape): its intact conversations, the damaged
 * ones left out and named in the result (all damaged: refused). Ids are kept, so importing twice
 * upserts the same records instead of duplicating. Messages are merged; the conversation record
 * is only replaced when the imported one is at least as recent as the stored one.
 * Each conversation is its own transaction: a quota error keeps those already imported.
 */
export async function importJson(input: string | unknown): Promise<ImportResult> {
  const { file, damaged } = parseExport(input);
  const db = await getDb();
  const profile: ProfileData = { ...(file.settings ? { settings: file.settings } : {}), ...(file.shares ? { shares: file.shares } : {}) };
  const result: ImportResult = { conversationIds: [], existing: 0, unchanged: 0, messages: 0, updated: 0, attachments: 0, profile, damaged };
  for (const entry of file.conversations) {
    const id = entry.conversation.id;
    // A file from before answer versions has no parents: its messages are one line, in order.
    const messages = linkParents([...entry.messages].sort((a, b) => a.createdAt - b.createdAt).map(toMessage));
    const records = messages.map((m) => toStoredMessage(id, m));
    const changes = await writeTx(db, [STORES.conversations, STORES.messages, STORES.attachments], async (tx) => {
      const conversations = tx.objectStore(STORES.conversations);
      const existing = (await request(conversations.get(id))) as StoredConversation | undefined;
      const stored = existing ? ((await request(tx.objectStore(STORES.messages).index(INDEXES.messagesByConversation).getAll(messagesRange(id)))) as StoredMessage[]) : [];
      const storedFiles = new Set(existing ? ((await request(tx.objectStore(STORES.attachments).index(INDEXES.attachmentsByConversation).getAllKeys(IDBKeyRange.only(id)))) as [string, string][]).map((key) => key[1]) : []);
      const record = !existing || existing.updatedAt <= entry.conversation.updatedAt ? withThumbnail(withoutSystemConsent(entry.conversation, existing), existing, messages) : undefined;
      if (record) conversations.put(record);
      let files = 0;
      for (const [i, message] of messages.entries()) {
        tx.objectStore(STORES.messages).put(records[i]);
        for (const attachment of message.attachments ?? []) {
          if (!storedFiles.has(attachment.id)) files += 1;
          tx.objectStore(STORES.attachments).put(toStoredAttachment(id, message.id, attachment));
        }
      }
      return { existing: !!existing, recordChanged: !!record && !sameData(record, existing), files, ...messageChanges(stored, records) };
    });
    result.conversationIds.push(id);
    result.messages += changes.added;
    result.updated += changes.updated;
    result.attachments += changes.files;
    if (changes.existing) {
      result.existing += 1;
      if (!changes.added && !changes.updated && !changes.files && !changes.recordChanged) result.unchanged += 1;
    }
    // This tab's history and open chat read it back as another tab's write (lib/store/cross-tab.ts).
    broadcastChange({ type: "conversation-changed", id, imported: true });
  }
  return result;
}
