/** Records that fail validation are moved here (never deleted) so the user can still export them. */
import { getDb, STORES } from "./db";
import { readTx, request, writeTx } from "./idb";
import { blobToBase64 } from "@/lib/media/base64";

export interface QuarantineEntry {
  qid?: number;
  store: string;
  key: IDBValidKey;
  record: unknown;
  reason: string;
  quarantinedAt: number;
}

export type QuarantineItem = Omit<QuarantineEntry, "qid" | "quarantinedAt">;

/** Move records out of their store in one transaction. Returns how many moved (0 if the move failed). */
export async function quarantineRecords(db: IDBDatabase, items: QuarantineItem[]): Promise<number> {
  if (!items.length) return 0;
  const stores = [...new Set([STORES.quarantine, ...items.map((i) => i.store)])];
  const now = Date.now();
  try {
    await writeTx(db, stores, async (tx) => {
      const quarantine = tx.objectStore(STORES.quarantine);
      for (const item of items) {
        quarantine.add({ ...item, quarantinedAt: now } satisfies QuarantineEntry);
        tx.objectStore(item.store).delete(item.key);
      }
    });
    return items.length;
  } catch {
    // Even when the move fails (e.g. storage full), the bad records stay where they were and are skipped.
    return 0;
  }
}

export async function listQuarantine(): Promise<QuarantineEntry[]> {
  const db = await getDb();
  return readTx(db, [STORES.quarantine], (tx) => request(tx.objectStore(STORES.quarantine).getAll()));
}

export async function countQuarantine(): Promise<number> {
  const db = await getDb();
  return readTx(db, [STORES.quarantine], (tx) => request(tx.objectStore(STORES.quarantine).count()));
}

export async function clearQuarantine(): Promise<void> {
  const db = await getDb();
  await writeTx(db, [STORES.quarantine], (tx) => request(tx.objectStore(STORES.quarantine).clear()));
}

/** The raw quarantined records as JSON; blobs become {base64, mimeType} so nothing is lost. */
export async function exportQuarantineJson(): Promise<string> {
  const entries = await listQuarantine();
  const plain = await Promise.all(entries.map((entry) => toPlain(entry)));
  return JSON.stringify({ format: "glm-chat-quarantine", version: 1, entries: plain }, null, 2);
}

async function toPlain(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { base64: await blobToBase64(value), mimeType: value.type };
  if (Array.isArray(value)) return Promise.all(value.map(toPlain));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = await toPlain(item);
    return out;
  }
  return value;
}
