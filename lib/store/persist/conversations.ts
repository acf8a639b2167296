/** Conversation-level reads and writes: list, load, upsert, rename, pin, delete + restore (Undo). */
import type { Attachment, ChatMessage, Conversation } from "@/lib/chat/message";
import { linkParents } from "@/lib/chat/tree";
import { getDb, INDEXES, STORES } from "./db";
import { fastParse } from "./fast-parse";
import { ConversationNotFoundError } from "./errors";
import { readTx, request, writeTx } from "./idb";
import { quarantineRecords, type QuarantineItem } from "./quarantine";
import {
  fromStoredAttachment,
  fromStoredMessage,
  storedAttachmentSchema,
  storedConversationSchema,
  storedMessageSchema,
  toStoredAttachment,
  toStoredMessage,
  type StoredConversation,
} from "./records";
import { heldStreamLocks, streamLockName } from "./stream-locks";
import { broadcastChange } from "./sync";
import { compoundKey, field, partition } from "./validate";

export interface LoadedConversation {
  conversation: StoredConversation;
  /**
   * Oldest first. A message saved mid-stream whose tab is gone comes back as "interrupted"; one
   * still streaming in another tab (its Web Lock is held) stays "streaming".
   */
  messages: ChatMessage[];
  /** How many records failed validation and were set aside (or, if storage is full, skipped) while loading. */
  quarantined: number;
}

/** Everything needed to put a deleted conversation back exactly as it was. */
export interface ConversationSnapshot {
  conversation: StoredConversation;
  messages: ChatMessage[];
}

export function messagesRange(conversationId: string): IDBKeyRange {
  return IDBKeyRange.bound([conversationId, -Infinity], [conversationId, Infinity]);
}

/** All valid conversations, most recently active first, plus how many bad records were set aside. */
export async function listConversations(): Promise<{ conversations: StoredConversation[]; quarantined: number }> {
  const db = await getDb();
  const raw = await readTx(db, [STORES.conversations], (tx) =>
    request(tx.objectStore(STORES.conversations).getAll()),
  );
  const { valid, bad } = partition(raw, storedConversationSchema, STORES.conversations, (r) => {
    const id = field(r, "id");
    return typeof id === "string" ? id : undefined;
  });
  let quarantined = 0;
  if (bad.length) quarantined = await quarantineConversations(db, bad);
  valid.sort((a, b) => b.updatedAt - a.updatedAt);
  return { conversations: valid, quarantined };
}

/**
 * How many conversation records are stored: a count in the database, no record read or parsed,
 * so it is cheap with thousands of chats. Records that would fail validation count too: they go
 * with the rest when everything is deleted.
 */
export async function countConversations(): Promise<number> {
  const db = await getDb();
  return readTx(db, [STORES.conversations], (tx) => request(tx.objectStore(STORES.conversations).count()));
}

/** Set aside bad conversation records together with their messages and attachments. */
async function quarantineConversations(db: IDBDatabase, bad: QuarantineItem[]): Promise<number> {
  const children = await readTx(db, [STORES.messages, STORES.attachments], async (tx) => {
    const items: QuarantineItem[] = [];
    for (const item of bad) {
      const id = item.key as string;
      const messages = await request(tx.objectStore(STORES.messages).index(INDEXES.messagesByConversation).getAll(messagesRange(id)));
      const attachments = await request(
        tx.objectStore(STORES.attachments).index(INDEXES.attachmentsByConversation).getAll(IDBKeyRange.only(id)),
      );
      for (const record of messages) items.push({ store: STORES.messages, key: [id, record.id], record, reason: "parent conversation invalid" });
      for (const record of attachments) items.push({ store: STORES.attachments, key: [id, record.id], record, reason: "parent conversation invalid" });
    }
    return items;
  });
  await quarantineRecords(db, [...bad, ...children]);
  // Counted even if the move failed (storage full): they were skipped either way, and the user should know.
  return bad.length;
}

export async function loadConversation(id: string): Promise<LoadedConversation | null> {
  const db = await getDb();
  const raw = await readTx(db, [STORES.conversations, STORES.messages, STORES.attachments], async (tx) => ({
    conversation: await request(tx.objectStore(STORES.conversations).get(id)),
    messages: await request(tx.objectStore(STORES.messages).index(INDEXES.messagesByConversation).getAll(messagesRange(id))),
    attachments: await request(
      tx.objectStore(STORES.attachments).index(INDEXES.attachmentsByConversation).getAll(IDBKeyRange.only(id)),
    ),
  }));
  if (raw.conversation === undefined) return null;
  const conversation = fastParse(storedConversationSchema, raw.conversation);
  if (!conversation.success) {
    const reason = conversation.error.issues[0]?.message ?? "invalid";
    await quarantineConversations(db, [{ store: STORES.conversations, key: id, record: raw.conversation, reason }]);
    return null;
  }
  const messages = partition(raw.messages, storedMessageSchema, STORES.messages, compoundKey);
  const attachments = partition(raw.attachments, storedAttachmentSchema, STORES.attachments, compoundKey);
  await quarantineRecords(db, [...messages.bad, ...attachments.bad]);
  const quarantined = messages.bad.length + attachments.bad.length;
  const byId = new Map<string, Attachment>(attachments.valid.map((a) => [a.id, fromStoredAttachment(a)]));
  const live = messages.valid.some((m) => m.status === "streaming") ? await heldStreamLocks() : new Set<string>();
  return {
    conversation: conversation.data,
    // Imported files and shares from before answer versions carry no parents: one line, in order.
    messages: linkParents(
      messages.valid.map((record) => {
        const message = fromStoredMessage(record, byId);
        const interrupted = message.status === "streaming" && !live.has(streamLockName(id, message.id));
        return interrupted ? { ...message, status: "interrupted" as const } : message;
      }),
    ),
    quarantined,
  };
}

/**
 * Upsert the conversation record only (settings, title...); messages are untouched. With `fields`,
 * an existing record changes in those fields alone (a missing one is written whole).
 */
export async function putConversation(conversation: Conversation, fields?: readonly (keyof Conversation)[]): Promise<void> {
  const db = await getDb();
  await writeTx(db, [STORES.conversations], async (tx) => {
    const store = tx.objectStore(STORES.conversations);
    const existing = (await request(store.get(conversation.id))) as StoredConversation | undefined;
    store.put(existing && fields ? withFields(existing, conversation, fields) : { ...conversation, ...(existing?.thumbnail ? { thumbnail: existing.thumbnail } : {}) });
  });
  broadcastChange({ type: "conversation-changed", id: conversation.id });
}

/**
 * The stored record with only these fields taken from this tab's copy: another tab may have
 * renamed or pinned the conversation since this tab read it, and a whole-record write from a
 * stale copy would undo that.
 */
function withFields(stored: StoredConversation, mine: Conversation, fields: readonly (keyof Conversation)[]): StoredConversation {
  const record: Record<string, unknown> = { ...stored };
  for (const field of fields) {
    if (mine[field] === undefined) delete record[field];
    else record[field] = mine[field];
  }
  return record as StoredConversation;
}

/** Read-modify-write of one conversation record inside a single transaction. */
export async function updateConversation(
  id: string,
  change: (current: StoredConversation) => StoredConversation,
): Promise<StoredConversation> {
  const db = await getDb();
  const updated = await writeTx(db, [STORES.conversations], async (tx) => {
    const store = tx.objectStore(STORES.conversations);
    const current = (await request(store.get(id))) as StoredConversation | undefined;
    if (!current) throw new ConversationNotFoundError(id);
    const next = change(current);
    store.put(next);
    return next;
  });
  broadcastChange({ type: "conversation-changed", id });
  return updated;
}

/** Renaming and pinning do not count as activity: they leave updatedAt (and the list order) alone. */
export function renameConversation(id: string, title: string): Promise<StoredConversation> {
  return updateConversation(id, (c) => ({ ...c, title }));
}

export function setPinned(id: string, pinned: boolean): Promise<StoredConversation> {
  return updateConversation(id, (c) => ({ ...c, pinned }));
}

/** Delete a conversation with its messages and attachments; returns the snapshot for Undo. */
export async function deleteConversation(id: string): Promise<ConversationSnapshot | null> {
  const db = await getDb();
  const snapshot = await writeTx(db, [STORES.conversations, STORES.messages, STORES.attachments], async (tx) => {
    const conversations = tx.objectStore(STORES.conversations);
    const messages = tx.objectStore(STORES.messages);
    const attachments = tx.objectStore(STORES.attachments);
    const conversation = (await request(conversations.get(id))) as StoredConversation | undefined;
    if (!conversation) return null;
    const messageRecords = await request(messages.index(INDEXES.messagesByConversation).getAll(messagesRange(id)));
    const attachmentRecords = await request(attachments.index(INDEXES.attachmentsByConversation).getAll(IDBKeyRange.only(id)));
    conversations.delete(id);
    for (const m of messageRecords) messages.delete([id, m.id]);
    for (const a of attachmentRecords) attachments.delete([id, a.id]);
    const byId = new Map<string, Attachment>(attachmentRecords.map((a) => [a.id, fromStoredAttachment(a)]));
    return { conversation, messages: messageRecords.map((m) => fromStoredMessage(m, byId)) };
  });
  if (snapshot) broadcastChange({ type: "conversation-deleted", id });
  return snapshot;
}

/** Put a snapshot back (Undo of delete, or import): one transaction, ids kept. */
export async function restoreConversation(snapshot: ConversationSnapshot): Promise<void> {
  const db = await getDb();
  const id = snapshot.conversation.id;
  await writeTx(db, [STORES.conversations, STORES.messages, STORES.attachments], (tx) => {
    tx.objectStore(STORES.conversations).put(snapshot.conversation);
    for (const message of snapshot.messages) {
      tx.objectStore(STORES.messages).put(toStoredMessage(id, message));
      for (const attachment of message.attachments ?? []) {
        tx.objectStore(STORES.attachments).put(toStoredAttachment(id, message.id, attachment));
      }
    }
  });
  broadcastChange({ type: "conversation-changed", id });
}

/** One attachment's bytes (sidebar thumbnails) without loading the conversation. */
export async function loadAttachment(conversationId: string, attachmentId: string): Promise<Blob | undefined> {
  const db = await getDb();
  const record = await readTx(db, [STORES.attachments], (tx) =>
    request(tx.objectStore(STORES.attachments).get([conversationId, attachmentId])),
  );
  const parsed = storedAttachmentSchema.safeParse(record);
  return parsed.success ? parsed.data.blob : undefined;
}
