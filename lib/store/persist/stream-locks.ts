/**
 * A tab streaming an answer holds a Web Lock named after the message. A loader that finds a
 * "streaming" message can then tell a live stream in another tab (lock held) from one that died
 * with its tab (lock released by the browser): only the latter is "interrupted".
 */

const PREFIX = "glm-chat-stream:";

export function streamLockName(conversationId: string, messageId: string): string {
  return `${PREFIX}${conversationId}:${messageId}`;
}

/** Take the lock; returns the release function (a no-op where Web Locks are missing). */
export function holdStreamLock(conversationId: string, messageId: string): () => void {
  const locks = globalThis.navigator?.locks;
  if (!locks?.request) return () => undefined;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  locks.request(streamLockName(conversationId, messageId), () => held).catch(() => undefined);
  return release;
}

/**
 * Resolves true once no tab holds the answer's lock: its stream ended, or its tab closed or
 * crashed (the browser lets go of a dead tab's locks, so no heartbeat is needed). False when
 * aborted, or where Web Locks are missing (there a loader never reports another tab's stream).
 */
export async function whenStreamLockFree(conversationId: string, messageId: string, signal: AbortSignal): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  if (!locks?.request) return false;
  try {
    // Shared and let go at once: a waiting tab never keeps the streaming tab, or another waiter, out.
    await locks.request(streamLockName(conversationId, messageId), { mode: "shared", signal }, () => undefined);
    return true;
  } catch {
    return false;
  }
}

/** The answer a stream lock's name stands for; null for any other lock. */
export function parseStreamLockName(name: string): StreamLock | null {
  if (!name.startsWith(PREFIX)) return null;
  const [conversationId, messageId, ...rest] = name.slice(PREFIX.length).split(":");
  return conversationId && messageId && !rest.length ? { conversationId, messageId } : null;
}

export interface StreamLock {
  conversationId: string;
  messageId: string;
}

/**
 * Names of stream locks held now by a streaming tab of this origin. Only exclusive holds count: a
 * shared one is a waiter (whenStreamLockFree) let in for an instant because the stream had ended.
 */
export async function heldStreamLocks(): Promise<Set<string>> {
  const locks = globalThis.navigator?.locks;
  if (!locks?.query) return new Set();
  try {
    const { held = [] } = await locks.query();
    return new Set(held.flatMap((lock) => (lock.mode !== "shared" && lock.name?.startsWith(PREFIX) ? [lock.name] : [])));
  } catch {
    return new Set();
  }
}

/** The answers some tab of this origin (this one included) is streaming now. */
export async function streamingAnswers(): Promise<StreamLock[]> {
  return [...(await heldStreamLocks())].flatMap((name) => parseStreamLockName(name) ?? []);
}
