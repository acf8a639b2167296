/**
 * Cross-tab sync: every successful write is announced on the `glm-chat` BroadcastChannel, and a
 * tab asks there for another tab's answer to be stopped (Stop pressed where it is only watched).
 */
import { z } from "zod/mini";
import { scopedName } from "../storage-scope";

export const CHANNEL_NAME = "glm-chat";

const source = z.string();
const envelopeSchema = z.discriminatedUnion("type", [
  /**
   * `updatedAt`: the conversation's activity time after the write, when the write moved it.
   * `imported`: written by an import, which the writing tab's own store must read back too.
   */
  z.object({ type: z.literal("conversation-changed"), id: z.string(), updatedAt: z.optional(z.number()), imported: z.optional(z.literal(true)), source }),
  z.object({ type: z.literal("conversation-deleted"), id: z.string(), source }),
  /** Stop this answer, as its own tab's Stop would; only the tab streaming it acts. */
  z.object({ type: z.literal("stop-answer"), conversationId: z.string(), messageId: z.string(), source }),
  /** "Delete all data" emptied this person's stores: every other tab stops and starts afresh. */
  z.object({ type: z.literal("all-deleted"), source }),
]);

type Envelope = z.infer<typeof envelopeSchema>;
type WithoutSource<T> = T extends unknown ? Omit<T, "source"> : never;
type Message = WithoutSource<Envelope>;
export type ChangeEvent = Exclude<Message, { type: "stop-answer" | "all-deleted" }>;
export type StopRequest = Extract<Message, { type: "stop-answer" }>;

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

function post(message: Message): void {
  try {
    channel()?.postMessage({ ...message, source: TAB_ID } satisfies Envelope);
  } catch {
    // A closed channel must never fail a write that already committed.
  }
}

export function broadcastChange(event: ChangeEvent): void {
  for (const listener of localListeners) listener(event, true);
  post(event);
}

/** Ask the tab streaming this answer to stop it (it alone holds the request). */
export function askToStopAnswer(conversationId: string, messageId: string): void {
  post({ type: "stop-answer", conversationId, messageId });
}

/** Tell the other tabs that everything was deleted (they must not write their copies back). */
export function announceAllDeleted(): void {
  post({ type: "all-deleted" });
}

export interface SubscribeOptions {
  /** Also deliver this tab's own writes (default false: the store already knows them). */
  includeSelf?: boolean;
}

const remoteListeners = new Set<(message: Message) => void>();
let receiver: BroadcastChannel | null = null;

/**
 * One receiving channel for every subscriber of this tab (the page start has three: the startup
 * reads, cross-tab sync, the search index), opened with the first and closed with the last:
 * making a BroadcastChannel costs the page start a millisecond or more each.
 */
function receive(listener: (message: Message) => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  remoteListeners.add(listener);
  if (!receiver) {
    receiver = new BroadcastChannel(scopedName(CHANNEL_NAME));
    (receiver as unknown as { unref?: () => void }).unref?.();
    receiver.onmessage = (message: MessageEvent) => {
      const parsed = envelopeSchema.safeParse(message.data);
      if (!parsed.success || parsed.data.source === TAB_ID) return;
      const { source: _, ...event } = parsed.data;
      for (const l of [...remoteListeners]) l(event);
    };
  }
  return () => {
    if (!remoteListeners.delete(listener) || remoteListeners.size) return;
    receiver?.close();
    receiver = null;
  };
}

/** Listen for this tab's own writes only, synchronously after each commits. Returns unsubscribe. */
export function onOwnChanges(listener: (event: ChangeEvent) => void): () => void {
  const local = (event: ChangeEvent) => listener(event);
  localListeners.add(local);
  return () => localListeners.delete(local);
}

/** Listen for changes made by other tabs (and this one with includeSelf). Returns unsubscribe. */
export function subscribeToChanges(listener: (event: ChangeEvent) => void, options: SubscribeOptions = {}): () => void {
  const local = (event: ChangeEvent) => listener(event);
  if (options.includeSelf) localListeners.add(local);
  // Its own function, so one listener subscribed twice is called twice, as with a channel each.
  const stop = receive((message) => {
    if (message.type !== "stop-answer" && message.type !== "all-deleted") listener(message);
  });
  return () => {
    localListeners.delete(local);
    stop();
  };
}

/** Listen for other tabs asking for an answer to be stopped. Returns unsubscribe. */
export function onStopRequest(listener: (request: StopRequest) => void): () => void {
  return receive((message) => {
    if (message.type === "stop-answer") listener(message);
  });
}

/** Listen for another tab having deleted all data. Returns unsubscribe. */
export function onAllDeleted(listener: () => void): () => void {
  return receive((message) => {
    if (message.type === "all-deleted") listener();
  });
}

/** In-process hook for modules (search index) that must see this tab's writes too. */
export function onLocalChange(listener: (event: ChangeEvent) => void): () => void {
  const wrapped = (event: ChangeEvent) => listener(event);
  localListeners.add(wrapped);
  return () => localListeners.delete(wrapped);
}
