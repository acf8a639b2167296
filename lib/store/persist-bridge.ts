/** The persistence layer as the store uses it, plus the quota-error test (one place). */
import { StorageFullError } from "@/lib/store/persist/errors";
import type { StoredConversation } from "@/lib/store/persist/records";
import { getDb, INDEXES, STORES } from "@/lib/store/persist/db";
import { fastParse } from "@/lib/store/persist/fast-parse";
import { readTx, request } from "@/lib/store/persist/idb";
import { storedConversationSchema } from "@/lib/store/persist/records";
import type { StorageWarning } from "./store-types";

// Named, from each module (not the persist/ barrel): the store is in the first load, and the
// barrel would bring export, import and search code along with it.
export {
  deleteConversation,
  listConversations,
  loadConversation,
  putConversation,
  renameConversation,
  restoreConversation,
  setPinned,
  updateConversation,
} from "@/lib/store/persist/conversations";
export { deleteMessages, dropAttachments, restoreMessages } from "@/lib/store/persist/messages";
export { requestPersistence } from "@/lib/store/persist/estimate";
export { streamingAnswers, whenStreamLockFree } from "@/lib/store/persist/stream-locks";
export { askToStopAnswer, onAllDeleted, onOwnChanges, onStopRequest, subscribeToChanges } from "@/lib/store/persist/sync";
export { titleFromMessages } from "@/lib/store/persist/titles";
export type { StoredConversation } from "@/lib/store/persist/records";

/** A quota failure as the warning shows it; null for any other error. */
export function readableStorageError(error: unknown): StorageWarning | null {
  if (error instanceof StorageFullError) return { message: error.message, usage: error.usage, quota: error.quota };
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "QuotaExceededError") return { message: "Browser storage is full." };
  return null;
}

/** One conversation record (no messages): what another tab's change needs in the sidebar. */
export async function readConversationRecord(id: string): Promise<StoredConversation | null> {
  const db = await getDb();
  const raw = await readTx(db, [STORES.conversations], (tx) => request(tx.objectStore(STORES.conversations).get(id)));
  const parsed = fastParse(storedConversationSchema, raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The newest `limit` conversations (by activity) through the updatedAt index, for the first
 * screen of the sidebar while the full list (thousands, validated) is still being read.
 */
export async function listRecentConversations(limit: number): Promise<StoredConversation[]> {
  const db = await getDb();
  const raw = await readTx(db, [STORES.conversations], (tx) =>
    new Promise<unknown[]>((resolve, reject) => {
      const out: unknown[] = [];
      const cursor = tx.objectStore(STORES.conversations).index(INDEXES.conversationsByUpdatedAt).openCursor(null, "prev");
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c || out.length >= limit) return resolve(out);
        out.push(c.value);
        c.continue();
      };
      cursor.onerror = () => reject(cursor.error);
    }),
  );
  return raw.flatMap((r) => {
    const parsed = fastParse(storedConversationSchema, r);
    return parsed.success ? [parsed.data] : [];
  });
}
