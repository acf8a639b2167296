/** The `glm-chat` IndexedDB database: versioned schema, migrations, and the shared connection. */
import { request } from "./idb";
import { scopedName } from "../storage-scope";

export const DB_NAME = "glm-chat";
export const STORES = {
  conversations: "conversations",
  messages: "messages",
  attachments: "attachments",
  quarantine: "quarantine",
} as const;
export const INDEXES = {
  conversationsByUpdatedAt: "byUpdatedAt",
  messagesByConversation: "byConversation",
  attachmentsByConversation: "byConversation",
  attachmentsByMessage: "byMessage",
} as const;

type Migration = (db: IDBDatabase, tx: IDBTransaction) => void;

/**
 * Index i upgrades a database from version i to i + 1. Never edit a shipped step: append a new one,
 * because users' browsers hold data at every earlier version.
 */
export const MIGRATIONS: Migration[] = [
  // v1: one record per conversation, message and attachment, so a write touches only what changed.
  (db) => {
    db.createObjectStore(STORES.conversations, { keyPath: "id" });
    // Compound keys: imported conversations keep their ids, and ids only need to be unique per conversation.
    const messages = db.createObjectStore(STORES.messages, { keyPath: ["conversationId", "id"] });
    messages.createIndex(INDEXES.messagesByConversation, ["conversationId", "createdAt"]);
    const attachments = db.createObjectStore(STORES.attachments, { keyPath: ["conversationId", "id"] });
    attachments.createIndex(INDEXES.attachmentsByConversation, "conversationId");
    attachments.createIndex(INDEXES.attachmentsByMessage, ["conversationId", "messageId"]);
  },
  // v2: a place for records that fail validation, and ordering by activity; v1 records lacked updatedAt.
  (db, tx) => {
    db.createObjectStore(STORES.quarantine, { keyPath: "qid", autoIncrement: true });
    const conversations = tx.objectStore(STORES.conversations);
    conversations.createIndex(INDEXES.conversationsByUpdatedAt, "updatedAt");
    const cursorReq = conversations.openCursor();
    cursorReq.onsuccess = () => {
      const cursor = cursorReq.result;
      if (!cursor) return;
      const value = cursor.value as Record<string, unknown>;
      if (typeof value.updatedAt !== "number" && typeof value.createdAt === "number") {
        cursor.update({ ...value, updatedAt: value.createdAt });
      }
      cursor.continue();
    };
  },
  // v3: answer versions make a conversation a tree (lib/chat/tree.ts). Messages written before
  // were one line in creation order: each becomes the child of the one before (the first, a root).
  (_db, tx) => {
    const index = tx.objectStore(STORES.messages).index(INDEXES.messagesByConversation);
    const cursorReq = index.openCursor();
    let conversation: unknown;
    let previous: string | null = null;
    cursorReq.onsuccess = () => {
      const cursor = cursorReq.result;
      if (!cursor) return;
      const value = cursor.value as Record<string, unknown>;
      if (value.conversationId !== conversation) {
        conversation = value.conversationId;
        previous = null;
      }
      if (value.parentId === undefined) cursor.update({ ...value, parentId: previous });
      previous = typeof value.id === "string" ? value.id : previous;
      cursor.continue();
    };
  },
];

export const DB_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  /** Another IDBFactory (tests pass fake-indexeddb's); defaults to the global indexedDB. */
  factory?: IDBFactory;
  name?: string;
  /** Open at an older version (tests of migrations). */
  version?: number;
}

export function openDatabase(options: OpenOptions = {}): Promise<IDBDatabase> {
  const factory = options.factory ?? globalThis.indexedDB;
  if (!factory) return Promise.reject(new Error("IndexedDB is not available in this browser."));
  const version = options.version ?? DB_VERSION;
  const req = factory.open(options.name ?? scopedName(DB_NAME), version);
  req.onupgradeneeded = (event) => {
    const db = req.result;
    const tx = req.transaction;
    if (!tx) return;
    for (let v = event.oldVersion; v < version; v += 1) MIGRATIONS[v](db, tx);
  };
  return request(req);
}

let current: Promise<IDBDatabase> | null = null;
let currentOptions: OpenOptions = {};

/** Open (once) the shared connection every persistence call uses. Passing options reopens. */
export function openChatDb(options?: OpenOptions): Promise<IDBDatabase> {
  if (options) {
    closeChatDb();
    currentOptions = options;
  }
  if (!current) {
    const opening = openDatabase(currentOptions).then((db) => {
      // A newer tab wants to upgrade: step aside so it is not blocked; the next call reopens.
      db.onversionchange = () => {
        db.close();
        if (current === opening) current = null;
      };
      return db;
    });
    opening.catch(() => {
      if (current === opening) current = null;
    });
    current = opening;
  }
  return current;
}

export function getDb(): Promise<IDBDatabase> {
  return openChatDb();
}

export function closeChatDb(): void {
  const closing = current;
  current = null;
  closing?.then((db) => db.close()).catch(() => undefined);
}
