/**
 * Signing in and out, told to the browser's other tabs. The session cookie is the browser's, not
 * the tab's: once one tab signs out, every other tab still showing the history, the search and
 * an open conversation is showing what the next person at a shared computer must not see (until
 * then it went on showing them until its next send was refused). Each page listens, and leaves
 * (lib/store/storage-scope.ts has whose data a page holds) when the session is no longer its own.
 *
 * The channel's name is not scoped per person, unlike the stores' (lib/store/persist/sync.ts):
 * a sign-out or a sign-in concerns every tab of the browser, whoever's data it shows.
 */
import { z } from "zod/mini";

export const SESSION_CHANNEL = "glm-chat-session";

const sessionEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("signed-out") }),
  /** `scope`: the storage scope of the person now signed in (lib/server/access/scope-of-user.ts). */
  z.object({ type: z.literal("signed-in"), scope: z.string() }),
]);

export type SessionEvent = z.infer<typeof sessionEventSchema>;

/**
 * What a page does when another tab signs in or out. `pageScope`: the storage scope of the person
 * whose data the page shows, or null for the sign-in page. A page with someone's data leaves on a
 * sign-out and on anyone else's sign-in; the sign-in page leaves (to the app) on a sign-in.
 */
export function reactionTo(pageScope: string | null, event: SessionEvent): "stay" | "leave" {
  if (pageScope === null) return event.type === "signed-in" ? "leave" : "stay";
  return event.type === "signed-in" && event.scope === pageScope ? "stay" : "leave";
}

// One channel a tab, for sending and receiving: a channel object never hears its own messages,
// so the tab that signs out is not told to leave as well.
let channel: BroadcastChannel | null = null;
const listeners = new Set<(event: SessionEvent) => void>();

function open(): BroadcastChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  if (!channel) {
    channel = new BroadcastChannel(SESSION_CHANNEL);
    // Node (tests) keeps the process alive for an open channel; browsers have no unref.
    (channel as unknown as { unref?: () => void }).unref?.();
    channel.onmessage = (message: MessageEvent) => {
      const event = sessionEventSchema.safeParse(message.data);
      if (!event.success) return;
      for (const listener of [...listeners]) listener(event.data);
    };
  }
  return channel;
}

/** Tells the other tabs. Called once the server has answered (the cookie is set or cleared). */
export function announceSession(event: SessionEvent): void {
  try {
    open()?.postMessage(event);
  } catch {
    // A tab that cannot tell the others still signs in or out itself.
  }
}

/** Listen for other tabs signing in or out. Returns unsubscribe. */
export function onSessionChange(listener: (event: SessionEvent) => void): () => void {
  const wrapped = (event: SessionEvent) => listener(event);
  listeners.add(wrapped);
  open();
  return () => {
    if (!listeners.delete(wrapped) || listeners.size) return;
    channel?.close();
    channel = null;
  };
}
