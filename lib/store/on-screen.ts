/**
 * The open conversation as this tab shows it, for an export to use in place of its stored copy
 * (lib/store/persist/export-source.ts): with storage full its writes wait in memory, and the
 * stored copy is missing or behind. Share reads the same state (components/share/share-dialog.tsx).
 */
import type { ChatMessage } from "@/lib/chat/message";
import type { ConversationSnapshot } from "./persist/conversations";
import type { ChatState } from "./store-types";

type Shown = Pick<ChatState, "conversation" | "allMessages" | "saved" | "routeStatus">;

/**
 * Every version and attachment the tab holds; an answer still streaming as it stands now (`live`),
 * not as its last interval save. None while the chat is new and empty, or still opening.
 */
export function onScreenConversation(s: Shown, live: (messageId: string) => ChatMessage | undefined): ConversationSnapshot | undefined {
  if (!s.saved || s.routeStatus !== "ready") return undefined;
  return { conversation: s.conversation, messages: s.allMessages.map((m) => live(m.id) ?? m) };
}
