/**
 * Saves a growing assistant answer at most once per interval (and once at the end), so a reload or
 * crash mid-stream loses at most one interval of text and the history is never rewritten per token.
 */
import type { ChatMessage } from "@/lib/chat/message";
import { putMessage } from "./messages";
import { holdStreamLock } from "./stream-locks";

export interface StreamingSaverOptions {
  intervalMs?: number;
  /** Called when a background (throttled) write fails, e.g. with StorageFullError. */
  onError?: (error: unknown) => void;
  /** The write itself; defaults to putMessage (tests inject a recorder). */
  write?: (conversationId: string, message: ChatMessage) => Promise<unknown>;
}

export interface StreamingSaver {
  /** The message as it stands now (full content so far, status "streaming"). Cheap: no I/O here. */
  update(message: ChatMessage): void;
  /** Write the latest state now and wait for it; rejects if that write fails. Call at the end. */
  flush(): Promise<void>;
  /** Stop without writing what is pending (e.g. the message was deleted). */
  dispose(): void;
}

export function createStreamingSaver(
  conversationId: string,
  messageId: string,
  { intervalMs = 1000, onError, write = putMessage }: StreamingSaverOptions = {},
): StreamingSaver {
  let latest: ChatMessage | null = null;
  let dirty = false;
  let disposed = false;
  let lastWriteAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  // Held while the answer streams, so other tabs do not call it interrupted (see stream-locks.ts).
  let releaseLock: (() => void) | null = null;
  const unlock = () => {
    releaseLock?.();
    releaseLock = null;
  };

  const writeNow = (): Promise<void> => {
    if (!dirty || !latest) return Promise.resolve();
    const snapshot = latest;
    dirty = false;
    lastWriteAt = Date.now();
    const running = write(conversationId, snapshot).then(() => undefined);
    inFlight = running
      .catch(() => undefined)
      .finally(() => {
        inFlight = null;
        if (dirty && !disposed) schedule();
      });
    return running;
  };

  const background = () => {
    writeNow().catch((error) => onError?.(error));
  };

  function schedule(): void {
    if (timer || inFlight || disposed) return;
    const wait = lastWriteAt + intervalMs - Date.now();
    if (wait <= 0) {
      background();
      return;
    }
    timer = setTimeout(() => {
      timer = null;
      background();
    }, wait);
  }

  return {
    update(message) {
      if (disposed) return;
      releaseLock ??= holdStreamLock(conversationId, messageId);
      latest = { ...message, id: messageId };
      dirty = true;
      schedule();
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      // Writes stay ordered: an older snapshot must never land after the final one.
      while (inFlight) await inFlight;
      try {
        if (!disposed) await writeNow();
      } finally {
        unlock();
      }
    },
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      unlock();
    },
  };
}
