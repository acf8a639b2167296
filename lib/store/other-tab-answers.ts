/**
 * Which conversations another tab of this browser is answering in, for the history's
 * "Answering…" (store `answeringInOtherTabs`). The streaming tab's Web Lock (persist/stream-locks.ts)
 * is the truth, not a message: a broadcast "answer ended" never comes from a tab that closed or
 * crashed, while the browser always lets go of its locks. The locks are listed again at start and
 * whenever another tab announces a change (an answer starting or saving is one), and each listed
 * answer is waited on, so one that ends silently (its tab gone) is unmarked as soon as it ends.
 */
import type { StreamLock } from "./persist/stream-locks";

export interface OtherTabAnswersDeps {
  /** The answers any tab of this origin streams now (this one's included). */
  streaming(): Promise<StreamLock[]>;
  /** Resolves true once the answer's lock is free (stream-locks.ts: whenStreamLockFree). */
  waitFree(conversationId: string, messageId: string, signal: AbortSignal): Promise<boolean>;
  /** This tab streams that answer itself (its row is marked by the store's own `answering`). */
  mine(messageId: string): boolean;
  /** The conversations answering in other tabs, once per change, sorted. */
  publish(conversationIds: string[]): void;
}

export interface OtherTabAnswers {
  /** List the locks again (another tab announced a change). */
  refresh(): void;
  stop(): void;
}

export function watchOtherTabAnswers(deps: OtherTabAnswersDeps): OtherTabAnswers {
  const waiting = new Map<string, AbortController>();
  let published = "";
  let seq = 0;
  let stopped = false;

  const refresh = async () => {
    if (stopped) return;
    const read = ++seq;
    const locks = (await deps.streaming().catch(() => [])).filter((lock) => !deps.mine(lock.messageId));
    // An older listing landing after a newer one would bring back an answer that has ended.
    if (stopped || read !== seq) return;
    const keys = new Set(locks.map((lock) => `${lock.conversationId}\n${lock.messageId}`));
    for (const [key, abort] of waiting) {
      if (keys.has(key)) continue;
      abort.abort();
      waiting.delete(key);
    }
    for (const lock of locks) {
      const key = `${lock.conversationId}\n${lock.messageId}`;
      if (waiting.has(key)) continue;
      const abort = new AbortController();
      waiting.set(key, abort);
      void deps.waitFree(lock.conversationId, lock.messageId, abort.signal).then((free) => {
        if (!free || waiting.get(key) !== abort) return;
        waiting.delete(key);
        void refresh();
      });
    }
    const ids = [...new Set(locks.map((lock) => lock.conversationId))].sort();
    if (ids.join("\n") === published) return;
    published = ids.join("\n");
    deps.publish(ids);
  };

  void refresh();
  return {
    refresh: () => void refresh(),
    stop() {
      stopped = true;
      for (const abort of waiting.values()) abort.abort();
      waiting.clear();
    },
  };
}
