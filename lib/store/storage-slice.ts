import { dropAttachments, readableStorageError } from "./persist-bridge";
import type { GetState, SetState, StorageSlice } from "./store-types";
import { createWriteQueue, type WriteQueue } from "./write-queue";

/** Every IndexedDB write of the store goes through one queue: ordered, and kept when storage is full. */
export function createStorageSlice(set: SetState, get: GetState): StorageSlice {
  const queue: WriteQueue = createWriteQueue(
    {
      onFull(error) {
        set({ storageWarning: readableStorageError(error), pendingWrites: queue.size });
      },
      onDrained() {
        set({ storageWarning: null, pendingWrites: 0 });
      },
      onDropped(key, error) {
        console.warn(`GLM Chat: a write (${key}) was dropped`, error);
      },
    },
    (error) => readableStorageError(error) !== null,
  );
  storageQueue = queue;

  return {
    storageWarning: null,
    pendingWrites: 0,
    quarantined: 0,
    quarantineDismissed: false,
    persist(key, write) {
      return queue.enqueue(key, write);
    },
    retryWrites() {
      return queue.drain();
    },
    async dropAttachmentsOf(id) {
      await dropAttachments(id);
      await get().loadList();
      await queue.drain();
    },
    noteQuarantined(count) {
      if (count > 0) set((s) => ({ quarantined: s.quarantined + count, quarantineDismissed: false }));
    },
    dismissQuarantine() {
      set({ quarantineDismissed: true });
    },
  };
}

let storageQueue: WriteQueue | null = null;

/** Forget queued writes of a conversation that no longer exists. */
export function discardQueuedWrites(conversationId: string): void {
  storageQueue?.discard(`conv:${conversationId}`);
  storageQueue?.discard(`msg:${conversationId}:`);
  storageQueue?.discard(`del:${conversationId}:`);
}

/** Forget queued writes of messages that were just deleted (a late write would bring them back). */
export function discardQueuedMessages(conversationId: string, ids: string[]): void {
  for (const id of ids) storageQueue?.discard(`msg:${conversationId}:${id}`);
}
