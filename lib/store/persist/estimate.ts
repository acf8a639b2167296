/** Storage meter: bytes per conversation (messages + attachments) and the origin's total. */
import { getDb, STORES } from "./db";
import { readStorageUsage } from "./errors";
import { readTx, request } from "./idb";
import { recordBytes } from "./records";

export interface ConversationUsage {
  id: string;
  title: string;
  messageCount: number;
  messageBytes: number;
  attachmentBytes: number;
  bytes: number;
}

export interface StorageReport {
  /** Largest first, so "free space" can offer the biggest conversations. */
  conversations: ConversationUsage[];
  /** Sum over conversations (what this app can free). */
  totalBytes: number;
  /** What the browser reports for the whole origin, when it does. */
  usage?: number;
  quota?: number;
}

export async function storageEstimate(): Promise<StorageReport> {
  const db = await getDb();
  const byId = new Map<string, ConversationUsage>();
  const usageFor = (id: string, title = "") => {
    let entry = byId.get(id);
    if (!entry) {
      entry = { id, title, messageCount: 0, messageBytes: 0, attachmentBytes: 0, bytes: 0 };
      byId.set(id, entry);
    }
    return entry;
  };
  await readTx(db, [STORES.conversations, STORES.messages, STORES.attachments], async (tx) => {
    for (const c of await request(tx.objectStore(STORES.conversations).getAll())) {
      usageFor(String(c.id), String(c.title ?? "")).messageBytes += recordBytes(c);
    }
    for (const m of await request(tx.objectStore(STORES.messages).getAll())) {
      const entry = usageFor(String(m.conversationId));
      entry.messageCount += 1;
      entry.messageBytes += recordBytes(m);
    }
    for (const a of await request(tx.objectStore(STORES.attachments).getAll())) {
      usageFor(String(a.conversationId)).attachmentBytes += recordBytes(a);
    }
  });
  const conversations = [...byId.values()].map((c) => ({ ...c, bytes: c.messageBytes + c.attachmentBytes }));
  conversations.sort((a, b) => b.bytes - a.bytes);
  return {
    conversations,
    totalBytes: conversations.reduce((n, c) => n + c.bytes, 0),
    ...(await readStorageUsage()),
  };
}

export interface PersistenceState {
  supported: boolean;
  persisted: boolean;
}

/** Ask the browser not to evict our data under storage pressure (call after a user gesture/first save). */
export async function requestPersistence(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return { supported: false, persisted: false };
  try {
    if (storage.persisted && (await storage.persisted())) return { supported: true, persisted: true };
    return { supported: true, persisted: await storage.persist() };
  } catch {
    return { supported: true, persisted: false };
  }
}
