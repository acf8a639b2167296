/**
 * searchConversations: an in-memory index over titles and message text, built from IndexedDB on
 * first use and then kept fresh per conversation (this tab's writes and other tabs' broadcasts mark
 * a conversation dirty; only dirty ones are re-read). Writes never pay for search.
 */
import { getDb, INDEXES, STORES } from "./db";
import { readTx, request } from "./idb";
import { fastParse } from "./fast-parse";
import { messagesRange } from "./conversations";
import { storedConversationSchema, storedMessageSchema, type StoredMessage } from "./records";
import { indexConversation, searchIndex, type IndexedConversation, type SearchOptions, type SearchResult } from "./search-core";
import { onLocalChange, subscribeToChanges, type ChangeEvent } from "./sync";

interface Index {
  db: IDBDatabase;
  entries: Map<string, IndexedConversation>;
  dirty: Set<string>;
}

let index: Index | null = null;
let building: Promise<Index> | null = null;
let listening = false;
/** The re-read of dirty conversations under way, if any. */
let refreshing: Promise<void> | null = null;
/** Changes seen while the index is being built; applied once it exists. */
const pendingDirty = new Set<string>();

function onChange(event: ChangeEvent): void {
  if (index) index.dirty.add(event.id);
  else pendingDirty.add(event.id);
}

function listen(): void {
  if (listening) return;
  listening = true;
  onLocalChange(onChange);
  subscribeToChanges(onChange);
}

async function build(db: IDBDatabase): Promise<Index> {
  const { conversations, messages } = await readTx(db, [STORES.conversations, STORES.messages], async (tx) => ({
    conversations: await request(tx.objectStore(STORES.conversations).getAll()),
    messages: await request(tx.objectStore(STORES.messages).index(INDEXES.messagesByConversation).getAll()),
  }));
  const byConversation = new Map<string, StoredMessage[]>();
  for (const raw of messages) {
    const parsed = fastParse(storedMessageSchema, raw);
    if (!parsed.success) continue;
    const list = byConversation.get(parsed.data.conversationId) ?? [];
    list.push(parsed.data);
    byConversation.set(parsed.data.conversationId, list);
  }
  const entries = new Map<string, IndexedConversation>();
  for (const raw of conversations) {
    const parsed = fastParse(storedConversationSchema, raw);
    if (!parsed.success) continue;
    entries.set(parsed.data.id, indexConversation(parsed.data, byConversation.get(parsed.data.id) ?? []));
  }
  return { db, entries, dirty: new Set() };
}

async function refresh(target: Index): Promise<void> {
  const ids = [...target.dirty];
  target.dirty.clear();
  await readTx(target.db, [STORES.conversations, STORES.messages], async (tx) => {
    for (const id of ids) {
      const raw = await request(tx.objectStore(STORES.conversations).get(id));
      const parsed = fastParse(storedConversationSchema, raw);
      if (!parsed.success) {
        target.entries.delete(id);
        continue;
      }
      const messages = await request(
        tx.objectStore(STORES.messages).index(INDEXES.messagesByConversation).getAll(messagesRange(id)),
      );
      const valid = messages.flatMap((m) => {
        const p = fastParse(storedMessageSchema, m);
        return p.success ? [p.data] : [];
      });
      target.entries.set(id, indexConversation(parsed.data, valid));
    }
  });
}

async function ready(): Promise<Index> {
  listen();
  const db = await getDb();
  if (index?.db !== db) {
    index = null;
    if (!building) {
      pendingDirty.clear();
      building = build(db).finally(() => {
        building = null;
      });
    }
    const built = await building;
    // Re-reading a conversation the build already saw is harmless; missing a change is not.
    for (const id of pendingDirty) built.dirty.add(id);
    pendingDirty.clear();
    index = built;
  }
  // A search asked while another re-reads waits for that read: it had emptied `dirty`, so the
  // second search ran on the index without the chats still being read, and the list, which shows
  // the latest search, said a chat just written matched nothing (a history change asks again).
  const target = index;
  while (refreshing || target.dirty.size) {
    refreshing ??= refresh(target).finally(() => {
      refreshing = null;
    });
    await refreshing;
  }
  return target;
}

/** Load the index ahead of the first keystroke (e.g. when the sidebar mounts). */
export async function warmSearchIndex(): Promise<number> {
  return (await ready()).entries.size;
}

/**
 * Conversations whose title or messages contain every whitespace-separated term of the query
 * (case-insensitive), newest activity first, with highlight ranges for titles and snippets.
 */
export async function searchConversations(query: string, options?: SearchOptions): Promise<SearchResult[]> {
  if (!query.trim()) return [];
  const target = await ready();
  return searchIndex(target.entries.values(), query, options);
}
