/** Cross-tab sync: every successful write is announced on the `glm-chat` BroadcastChannel. */

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
    sender = new BroadcastChannel(CHANNEL_NAME);
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

/** Listen for changes made by other tabs (and this one with includeSelf). Returns unsubscribe. */
export function subscribeToChanges(listener: (event: ChangeEvent) => void, options: SubscribeOptions = {}): () => void {
  const local = (event: ChangeEvent) => listener(event);
  if (options.includeSelf) localListeners.add(local);
  let receiver: BroadcastChannel | null = null;
  if (typeof BroadcastChannel !== "undefined") {
    receiver = new BroadcastChannel(CHANNEL_NAME);
    (receiver as unknown as { unref?: () => void }).unref?.();
    receiver.onmessage = (message: MessageEvent) => {
      const data = message.data as Partial<Envelope> | null;
      if (!data || typeof data.id !== "string" || data.source === TAB_ID) return;
      if (data.type === "conversation-changed" || data.type === "conversation-deleted") {
        listener({ type: data.type, id: data.id });
      }
    };
  }
  return () => {
    localListeners.delete(local);
    receiver?.close();
  };
}

/** In-process hook for modules (search index) that must see this tab's writes too. */
export function onLocalChange(listener: (event: ChangeEvent) => void): () => void {
  const wrapped = (event: ChangeEvent) => listener(event);
  localListeners.add(wrapped);
  return () => localListeners.delete(wrapped);
}
