/**
 * A message to bring into view once its conversation is shown: a search result's match. Held in
 * memory, not in the URL, so a reload opens the chat as usual (at its newest message) instead of
 * jumping again; the message list takes it once (takeReveal) and forgets it.
 */
export interface RevealTarget {
  conversationId: string;
  messageId: string;
  /** What was searched for: its words are marked in the message (lib/ui/reveal-words.ts). */
  query?: string;
}

let target: RevealTarget | null = null;
const listeners = new Set<() => void>();

function set(next: RevealTarget | null): void {
  target = next;
  for (const listener of listeners) listener();
}

export function revealMessage(conversationId: string, messageId: string, query?: string): void {
  set(query ? { conversationId, messageId, query } : { conversationId, messageId });
}

export function revealTarget(): RevealTarget | null {
  return target;
}

/** Done with it: shown, or not in the opened chat's shown branch. Another pick since is left alone. */
export function takeReveal(taken: RevealTarget): void {
  if (target === taken) set(null);
}

export function subscribeReveal(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The first message to mount: the newest `shown`, reaching back to the one to reveal (the list
 * mounts only the newest messages of a long chat, so a match far back would not be there).
 */
export function firstMounted(length: number, shown: number, revealAt = -1): number {
  const newest = Math.max(0, length - shown);
  return revealAt >= 0 ? Math.min(newest, revealAt) : newest;
}
