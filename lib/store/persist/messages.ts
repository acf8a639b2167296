/** Message-level writes. Each touches only the message, its new attachments and the conversation record. */
import type { ChatMessage, Conversation } from "@/lib/chat/message";
import { getDb, INDEXES, STORES } from "./db";
import { messagesRange } from "./conversations";
import { ConversationNotFoundError } from "./errors";
import { request, writeTx } from "./idb";
import {
  recordBytes,
  toStoredAttachment,
  toStoredMessage,
  type StoredAttachment,
  type StoredConversation,
  type StoredMessage,
} from "./records";
import { broadcastChange } from "./sync";
import { chatThumbnail, withThumbnail, type Thumbnail } from "../thumbnail";

export interface PutMessageResult {
  /** Approximate bytes handed to IndexedDB by this call (the benchmark figure). */
  bytesWritten: number;
  /** How many records were put (message + new attachments + conversation). */
  recordsWritten: number;
}

/**
 * Upsert one message. Attachments already stored for this conversation are not rewritten, so a
 * streaming answer re-saved every second costs the size of its text, never of its images.
 */
export async function putMessage(conversationId: string, message: ChatMessage): Promise<PutMessageResult> {
  const db = await getDb();
  let updatedAt = 0;
  const result = await writeTx(db, [STORES.conversations, STORES.messages, STORES.attachments], async (tx) => {
    const conversations = tx.objectStore(STORES.conversations);
    const conversation = (await request(conversations.get(conversationId))) as StoredConversation | undefined;
    if (!conversation) throw new ConversationNotFoundError(conversationId);

    let { bytesWritten, recordsWritten } = await putMessageIn(tx, conversationId, message);
    const next: StoredConversation = { ...conversation, updatedAt: Math.max(conversation.updatedAt, Date.now()) };
    updatedAt = next.updatedAt;
    const firstImage = message.attachments?.find((a) => a.kind === "image");
    if (!next.thumbnail && firstImage) next.thumbnail = { messageId: message.id, attachmentId: firstImage.id };
    conversations.put(next);
    bytesWritten += recordBytes(next);
    recordsWritten += 1;
    return { bytesWritten, recordsWritten };
  });
  // The activity time goes with the notice: this tab's history moves the row without reading it back.
  broadcastChange({ type: "conversation-changed", id: conversationId, updatedAt });
  return result;
}

/** The message record and its attachments not stored yet, in `tx`. */
async function putMessageIn(tx: IDBTransaction, conversationId: string, message: ChatMessage): Promise<PutMessageResult> {
  const attachments = tx.objectStore(STORES.attachments);
  const record = toStoredMessage(conversationId, message);
  tx.objectStore(STORES.messages).put(record);
  let bytesWritten = recordBytes(record);
  let recordsWritten = 1;
  for (const attachment of message.attachments ?? []) {
    const exists = await request(attachments.count([conversationId, attachment.id]));
    if (exists) continue;
    const stored = toStoredAttachment(conversationId, message.id, attachment);
    attachments.put(stored);
    bytesWritten += recordBytes(stored);
    recordsWritten += 1;
  }
  return { bytesWritten, recordsWritten };
}

/** What else a delete changes: the messages that now follow another one, the new shown choices. */
export interface DeleteChange {
  relinked?: readonly ChatMessage[];
  /** Present: the conversation's shown choices become these (absent from the record when undefined). */
  branches?: Conversation["branches"];
}

/**
 * Delete messages (and their attachments) by id, e.g. the later turns replaced by edit-and-resend,
 * with what the delete changed in the same transaction: a question deleted with several answer
 * versions, and followed by several versions of the next one, is one write and one change notice
 * for the other tabs, and no tab ever reads a message under a parent already gone.
 */
export async function deleteMessages(conversationId: string, ids: string[], change: DeleteChange = {}): Promise<void> {
  if (!ids.length) return;
  const db = await getDb();
  let updatedAt = 0;
  await writeTx(db, [STORES.conversations, STORES.messages, STORES.attachments], async (tx) => {
    const conversations = tx.objectStore(STORES.conversations);
    const messages = tx.objectStore(STORES.messages);
    const conversation = (await request(conversations.get(conversationId))) as StoredConversation | undefined;
    if (!conversation) throw new ConversationNotFoundError(conversationId);
    const removed = new Set(ids);
    // An edited version shares its question's attachments: bytes still in use by a kept message stay.
    const all = (await request(messages.index(INDEXES.messagesByConversation).getAll(messagesRange(conversationId)))) as StoredMessage[];
    const inUse = new Set(all.filter((m) => !removed.has(m.id)).flatMap((m) => m.attachmentIds ?? []));
    for (const record of all.filter((m) => removed.has(m.id))) {
      for (const attachmentId of record.attachmentIds ?? []) {
        if (!inUse.has(attachmentId)) tx.objectStore(STORES.attachments).delete([conversationId, attachmentId]);
      }
    }
    for (const id of ids) messages.delete([conversationId, id]);
    for (const message of change.relinked ?? []) await putMessageIn(tx, conversationId, message);
    let next: StoredConversation = { ...conversation, updatedAt: Math.max(conversation.updatedAt, Date.now()) };
    if ("branches" in change) {
      if (change.branches) next.branches = change.branches;
      else delete next.branches;
    }
    // Its message gone, the row shows the chat's next image (or none), not one that is no longer there.
    if (next.thumbnail && removed.has(next.thumbnail.messageId)) next = withThumbnail(next, await storedThumbnail(tx, conversationId, all.filter((m) => !removed.has(m.id))));
    conversations.put(next);
    updatedAt = next.updatedAt;
  });
  broadcastChange({ type: "conversation-changed", id: conversationId, updatedAt });
}

/**
 * Undo of deleteMessages: the messages (records as the model derives them, attachments with the
 * bytes kept in memory) and the conversation record with its shown choices, in one transaction.
 * A conversation deleted meanwhile stays deleted: this throws rather than bring back a part of it.
 */
export async function restoreMessages(conversation: Conversation, messages: readonly ChatMessage[]): Promise<void> {
  const db = await getDb();
  const id = conversation.id;
  let updatedAt = 0;
  await writeTx(db, [STORES.conversations, STORES.messages, STORES.attachments], async (tx) => {
    const conversations = tx.objectStore(STORES.conversations);
    const stored = (await request(conversations.get(id))) as StoredConversation | undefined;
    if (!stored) throw new ConversationNotFoundError(id);
    for (const message of messages) {
      tx.objectStore(STORES.messages).put(toStoredMessage(id, message));
      for (const attachment of message.attachments ?? []) tx.objectStore(STORES.attachments).put(toStoredAttachment(id, message.id, attachment));
    }
    // Only the shown versions come from the snapshot: the title or pin may have changed since.
    const next: StoredConversation = { ...stored, updatedAt: Math.max(stored.updatedAt, conversation.updatedAt) };
    updatedAt = next.updatedAt;
    if (conversation.branches) next.branches = conversation.branches;
    else delete next.branches;
    // Read after the puts above: the thumbnail the delete moved to a later image (or dropped) comes back.
    const all = (await request(tx.objectStore(STORES.messages).index(INDEXES.messagesByConversation).getAll(messagesRange(id)))) as StoredMessage[];
    conversations.put(withThumbnail(next, await storedThumbnail(tx, id, all)));
  });
  broadcastChange({ type: "conversation-changed", id, updatedAt });
}

/** The thumbnail rule (../thumbnail.ts) over stored messages, with their attachments' kinds read in `tx`. */
async function storedThumbnail(tx: IDBTransaction, conversationId: string, messages: readonly StoredMessage[]): Promise<Thumbnail | undefined> {
  const index = tx.objectStore(STORES.attachments).index(INDEXES.attachmentsByConversation);
  // Records hold their Blobs by reference: reading them does not read the bytes.
  const records = (await request(index.getAll(IDBKeyRange.only(conversationId)))) as StoredAttachment[];
  const byId = new Map(records.map((a) => [a.id, a]));
  return chatThumbnail(messages.map((m) => ({ id: m.id, createdAt: m.createdAt, attachments: (m.attachmentIds ?? []).flatMap((a) => byId.get(a) ?? []) })));
}

/**
 * Free space by deleting a conversation's attachment bytes while keeping all its text. Only
 * deletes, so it works when storage is full (a transaction with a put could be refused).
 */
export async function dropAttachments(conversationId: string): Promise<{ count: number; freedBytes: number }> {
  const db = await getDb();
  const freed = await writeTx(db, [STORES.attachments], async (tx) => {
    const store = tx.objectStore(STORES.attachments);
    const records = (await request(
      store.index(INDEXES.attachmentsByConversation).getAll(IDBKeyRange.only(conversationId)),
    )) as StoredAttachment[];
    for (const record of records) store.delete([conversationId, record.id]);
    return { count: records.length, freedBytes: records.reduce((n, r) => n + recordBytes(r), 0) };
  });
  // Best effort, separately: the thumbnail now points nowhere; a refused put here loses nothing.
  await writeTx(db, [STORES.conversations], async (tx) => {
    const store = tx.objectStore(STORES.conversations);
    const conversation = (await request(store.get(conversationId))) as StoredConversation | undefined;
    if (conversation?.thumbnail) {
      const { thumbnail: _t, ...rest } = conversation;
      store.put(rest);
    }
  }).catch(() => undefined);
  broadcastChange({ type: "conversation-changed", id: conversationId });
  return freed;
}
