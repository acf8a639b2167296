/**
 * Minimal promise helpers over raw IndexedDB. Transaction bodies may only await IDB requests:
 * awaiting anything else (timers, blob reads) lets the transaction auto-commit early.
 */
import { isQuotaError, readStorageUsage, StorageFullError } from "./errors";

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException("Transaction aborted", "AbortError"));
  });
  // The caller awaits it later; this only keeps an early abort from being reported as unhandled.
  done.catch(() => undefined);
  return done;
}

/** Turn a quota failure (thrown by put, a request error, or the abort's error) into StorageFullError. */
async function mapWriteError(error: unknown, tx?: IDBTransaction): Promise<unknown> {
  const txError = safeTxError(tx);
  if (isQuotaError(error) || isQuotaError(txError)) {
    return new StorageFullError(await readStorageUsage(), { cause: isQuotaError(error) ? error : txError });
  }
  return error;
}

function safeTxError(tx?: IDBTransaction): DOMException | null | undefined {
  try {
    return tx?.error;
  } catch {
    return undefined;
  }
}

/** Run an atomic readwrite transaction; either every write lands or none does. */
export async function writeTx<T>(
  db: IDBDatabase,
  stores: string[],
  body: (tx: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  let tx: IDBTransaction;
  try {
    tx = db.transaction(stores, "readwrite");
  } catch (error) {
    throw await mapWriteError(error);
  }
  const done = transactionDone(tx);
  let result: T;
  try {
    result = await body(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    await done.catch(() => undefined);
    throw await mapWriteError(error, tx);
  }
  try {
    await done;
  } catch (error) {
    throw await mapWriteError(error, tx);
  }
  return result;
}

export async function readTx<T>(
  db: IDBDatabase,
  stores: string[],
  body: (tx: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  const tx = db.transaction(stores, "readonly");
  const done = transactionDone(tx);
  const result = await body(tx);
  await done;
  return result;
}
