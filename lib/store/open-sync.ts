/**
 * Keeps the open conversation in step with the other tabs of this browser (docs/data-path.md).
 *
 * A change another tab announces is read again (reloadOpen). One that lands while this tab is
 * busy (its own answer streaming, writes waiting for space) is read once it is idle: it used to be
 * dropped, and the other tab's messages stayed missing here until a reload.
 *
 * An answer another tab is streaming into the open conversation is watched through its Web Lock
 * (persist/stream-locks.ts). When the lock is let go, because the answer ended or because its tab
 * closed or crashed (the browser releases a dead tab's locks), the conversation is read again:
 * it then shows the answer as saved, "interrupted" if it never finished, as a reload would.
 */
import type { ChatState } from "./store-types";

type Watched = Pick<ChatState, "streamingId" | "pendingWrites" | "answeringElsewhere" | "reloadOpen"> & { conversation: { id: string } };

export interface OpenSyncStore {
  getState(): Watched;
  subscribe(listener: () => void): () => void;
}

/** Resolves true once the answer's stream has no owner any more (stream-locks.ts: whenStreamLockFree). */
export type WaitForStreamEnd = (conversationId: string, messageId: string, signal: AbortSignal) => Promise<boolean>;

export interface OpenSync {
  /** Another tab changed the open conversation. */
  changed(): void;
  stop(): void;
}

export function followOtherTabs(store: OpenSyncStore, waitForStreamEnd: WaitForStreamEnd): OpenSync {
  /** The conversation whose re-read waits for this tab to be idle. */
  let missed: string | null = null;
  let watching: { key: string; abort: AbortController } | null = null;

  const reload = async () => {
    const id = store.getState().conversation.id;
    if (!(await store.getState().reloadOpen())) missed = id;
  };

  const check = () => {
    const s = store.getState();
    if (missed !== null && missed !== s.conversation.id) missed = null;
    // The same test as reloadOpen's refusal, so a refused read is never retried in a loop.
    if (missed !== null && !s.streamingId && s.pendingWrites === 0) {
      missed = null;
      void reload();
    }
    const key = s.answeringElsewhere === null ? null : `${s.conversation.id}\n${s.answeringElsewhere}`;
    if ((watching?.key ?? null) === key) return;
    watching?.abort.abort();
    watching = null;
    if (key === null || s.answeringElsewhere === null) return;
    const entry = { key, abort: new AbortController() };
    watching = entry;
    void waitForStreamEnd(s.conversation.id, s.answeringElsewhere, entry.abort.signal).then((ended) => {
      if (!ended || watching !== entry) return;
      watching = null;
      void reload();
    });
  };

  const unsubscribe = store.subscribe(check);
  check();
  return {
    changed: () => void reload(),
    stop() {
      unsubscribe();
      watching?.abort.abort();
      watching = null;
    },
  };
}
