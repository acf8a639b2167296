/** Cross-tab sync: every successful write is announced on the `glm-chat` BroadcastChannel. */
import { scopedName } from "../storage-scope";

export const CHANNEL_NAME = "glm-chat";

export type ChangeEvent = { type: "conversation-changed"; id: string } | { type: "conversation-deleted"; id: string };

type Envelope = ChangeEvent & { source: string };

/** Identifies this tab, so a tab can ignore the echo of its own writes. */
export const TAB_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

let sender: BroadcastChannel | null = null;
const localListeners = new Set<(event: ChangeEvent, fromThisTab: boolean) => void>();

function channel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  if (!sender) {
    sender = new BroadcastChannel(scopedName(CHANNEL_NAME));
    // Node (tests) keeps the process alive for an open channel; browsers have no unref.
    (sender as unknown as { unref?: () => void }).unref?.();
  }
  return sender;
}

export function broadcastChange(event: ChangeEvent): void {
  for (const listener of localListeners) listener(event, true);
  try {
    channel()?.postMessage({ ...event, source: TAB_ID } satisfies Envelope);
  } catch {
    // A closed channel must never fail a write that already committed.
  }
}

export interface SubscribeOptions {
  /** Also deliver this tab's own writes (default false: the store already knows them). */
  includeSelf?: boolean;
}

const remoteListeners = new Set<(event: ChangeEvent) => void>();
let receiver: BroadcastChannel | null = null;

/**
 * One receiving channel for every subscriber of this tab (the page start has three: the startup
 * reads, cross-tab sync, the search index), opened with the first and closed with the last:
 * making a BroadcastChannel costs the page start a millisecond or more each.
 */
function receive(listener: (event: ChangeEvent) => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  remoteListeners.add(listener);
  if (!receiver) {
    receiver = new BroadcastChannel(scopedName(CHANNEL_NAME));
    (receiver as unknown as { unref?: () => void }).unref?.();
    receiver.onmessage = (message: MessageEvent) => {
      const data = message.data as Partial<Envelope> | null;
      if (!data || typeof data.id !== "string" || data.source === TAB_ID) return;
      if (data.type !== "conversation-changed" && data.type !== "conversation-deleted") return;
      const event: ChangeEvent = { type: data.type, id: data.id };
      for (const l of [...remoteListeners]) l(event);
    };
  }
  return () => {
    if (!remoteListeners.delete(listener) || remoteListeners.size) return;
    receiver?.close();
    receiver = null;
  };
}

/** Listen for changes made by other tabs (and this one with includeSelf). Returns unsubscribe. */
export function subscribeToChanges(listener: (event: ChangeEvent) => void, options: SubscribeOptions = {}): () => void {
  const local = (event: ChangeEvent) => listener(event);
  if (options.includeSelf) localListeners.add(local);
  // Its own function, so one listener subscribed twice is called twice, as with a channel each.
  const stop = receive((event) => listener(event));
  return () => {
    localListeners.delete(local);
    stop();
  };
}

/** In-process hook for modules (search index) that must see this tab's writes too. */
export function onLocalChange(listener: (event: ChangeEvent) => void): () => void {
  const wrapped = (event: ChangeEvent) => listener(event);
  localListeners.add(wrapped);
  return () => localListeners.delete(wrapped);
}
