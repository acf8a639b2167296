import type { TurnRunner } from "@/lib/chat/turn-runner";
import { dropAttachments } from "./persist-bridge";
import type { GetState, SetState, StorageSlice } from "./store-types";

/** Storage health as the UI shows it; the writes themselves go through the turn owner's queue. */
export function createStorageSlice(set: SetState, get: GetState, turns: TurnRunner): StorageSlice {
  return {
    storageWarning: null,
    pendingWrites: 0,
    quarantined: 0,
    quarantineDismissed: false,
    persist(key, write) {
      return turns.persist(key, write);
    },
    retryWrites() {
      return turns.retryWrites();
    },
    async dropAttachmentsOf(id) {
      await dropAttachments(id);
      await get().loadList();
      await turns.retryWrites();
    },
    noteQuarantined(count) {
      if (count > 0) set((s) => ({ quarantined: s.quarantined + count, quarantineDismissed: false }));
    },
    dismissQuarantine() {
      set({ quarantineDismissed: true });
    },
  };
}
