/**
 * The page's first IndexedDB reads, started when this module is evaluated (before React hydrates)
 * instead of from effects after hydration: the sidebar list and, on `/c/<id>`, that conversation.
 * Hydration and the reads then overlap; the store takes the results once (loadList, openRoute).
 * A write heard meanwhile (this tab or another) makes a result stale: the caller reads afresh.
 * See docs/decisions/startup-reads.md.
 */
import { idFromPath } from "./navigation";
import { listConversations, listRecentConversations, loadConversation, subscribeToChanges } from "./persist-bridge";
import { onLocalChange } from "@/lib/store/persist/sync";

type Read<T> = { promise: Promise<T>; stale: boolean };

/** Rows read first, so the sidebar's first screen shows before the full list is validated. */
export const FIRST_SCREEN = 40;
let recent: Read<Awaited<ReturnType<typeof listRecentConversations>>> | null = null;
let full: Read<Awaited<ReturnType<typeof listConversations>>> | null = null;
let open: (Read<Awaited<ReturnType<typeof loadConversation>>> & { id: string }) | null = null;
let stopListening: (() => void) | null = null;

function quiet<T>(promise: Promise<T>): Promise<T> {
  // Failures surface where the result is taken (the store's own catch), not as unhandled here.
  promise.catch(() => undefined);
  return promise;
}

function markStale(): void {
  for (const read of [recent, full, open]) if (read) read.stale = true;
}

function stopWhenTaken(): void {
  if (recent || full || open) return;
  stopListening?.();
  stopListening = null;
}

/** Starts the reads for this address (once per page); a no-op where IndexedDB is missing. */
export function startStartupReads(pathname: string): void {
  if (typeof indexedDB === "undefined" || stopListening) return;
  const offLocal = onLocalChange(markStale);
  const offOthers = subscribeToChanges(markStale);
  stopListening = () => {
    offLocal();
    offOthers();
  };
  // The bench times the list from here (e2e/bench/persistence.bench.ts): the work starts now, not when the store asks.
  performance.mark("glm:list-start");
  recent = { promise: quiet(listRecentConversations(FIRST_SCREEN)), stale: false };
  full = { promise: quiet(listConversations()), stale: false };
  const id = idFromPath(pathname);
  if (id) open = { id, promise: quiet(loadConversation(id)), stale: false };
}

function take<T>(read: Read<T> | null): Promise<T> | null {
  return read && !read.stale ? read.promise : null;
}

/** The newest conversations read at startup, or null (not started, already taken, or stale). */
export function takeRecent(): ReturnType<typeof listRecentConversations> | null {
  const out = take(recent);
  recent = null;
  stopWhenTaken();
  return out;
}

/** The whole list read at startup, or null. */
export function takeFullList(): ReturnType<typeof listConversations> | null {
  const out = take(full);
  full = null;
  stopWhenTaken();
  return out;
}

/** The conversation of the first address, if that is the one asked for, or null. */
export function takeConversation(id: string): ReturnType<typeof loadConversation> | null {
  const out = open?.id === id ? take(open) : null;
  open = null;
  stopWhenTaken();
  return out;
}
