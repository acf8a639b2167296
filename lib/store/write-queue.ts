/**
 * Serial queue of IndexedDB writes keyed by what they write ("msg:<conv>:<id>"): a newer write for
 * the same key replaces an older one still waiting. A write refused because storage is full stays
 * queued (the data lives on in memory) until space is freed and the queue is drained again, so a
 * quota error never loses a message.
 */

export interface WriteQueueEvents {
  /** A write failed with a quota error; it stays queued. */
  onFull(error: unknown): void;
  /** Every queued write has landed. */
  onDrained(): void;
  /** A write failed for another reason (e.g. its conversation was deleted in another tab); it is dropped. */
  onDropped?(key: string, error: unknown): void;
}

export interface WriteQueue {
  /** Queue a write (latest wins per key) and start draining. Resolves when the queue next settles. */
  enqueue(key: string, write: () => Promise<unknown>): Promise<void>;
  /** Try the waiting writes again (after space was freed). */
  drain(): Promise<void>;
  /** Forget queued writes whose key starts with prefix (their conversation was deleted). */
  discard(prefix: string): void;
  readonly size: number;
}

export function createWriteQueue(events: WriteQueueEvents, isFull: (error: unknown) => boolean): WriteQueue {
  const pending = new Map<string, () => Promise<unknown>>();
  let running: Promise<void> | null = null;
  let again = false;

  /** One pass in insertion order; false if storage is full (stop trying until told). */
  async function pass(): Promise<boolean> {
    for (const [key, write] of [...pending]) {
      if (pending.get(key) !== write) continue; // replaced or discarded meanwhile
      try {
        await write();
        if (pending.get(key) === write) pending.delete(key);
      } catch (error) {
        if (isFull(error)) {
          events.onFull(error);
          return false;
        }
        if (pending.get(key) === write) pending.delete(key);
        events.onDropped?.(key, error);
      }
    }
    return true;
  }

  function drain(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let ok: boolean;
      do {
        again = false;
        ok = await pass();
      } while (ok && (again || pending.size > 0));
      if (ok) events.onDrained();
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    enqueue(key, write) {
      pending.set(key, write);
      return drain();
    },
    drain,
    discard(prefix) {
      for (const key of [...pending.keys()]) if (key.startsWith(prefix)) pending.delete(key);
    },
    get size() {
      return pending.size;
    },
  };
}
