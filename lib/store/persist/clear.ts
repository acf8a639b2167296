/** "Delete all data": every record of the `glm-chat` database, quarantined ones too, in one transaction. */
import { getDb, STORES } from "./db";
import { request, writeTx } from "./idb";

/**
 * The stores are emptied, not the database deleted: other tabs keep their open connections (a
 * delete would wait for them all to close, and a tab that then wrote would create it afresh), and a
 * late write of theirs finds no conversation to add to (putMessage refuses one that is gone).
 */
export async function clearAllRecords(): Promise<void> {
  const db = await getDb();
  const all = Object.values(STORES);
  await writeTx(db, all, (tx) => Promise.all(all.map((name) => request(tx.objectStore(name).clear()))));
}
