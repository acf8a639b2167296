/**
 * What an export reads: the stored conversations, except the one open in this tab, which is taken
 * as the tab holds it. With storage full the stored copy is missing or behind what is on screen
 * (its writes wait in memory), and the export is the user's way to keep what waits.
 */
import type { Conversation } from "@/lib/chat/message";
import { loadConversation, type ConversationSnapshot } from "./conversations";
import { ConversationNotFoundError } from "./errors";

/** One conversation to export: the open one as shown, any other as stored. */
export async function exportSource(id: string, open?: ConversationSnapshot): Promise<ConversationSnapshot> {
  if (open?.conversation.id === id) return open;
  const loaded = await loadConversation(id);
  if (!loaded) throw new ConversationNotFoundError(id);
  return loaded;
}

/**
 * The ids "Export all" writes, most recently active first: the stored ones, with the open one
 * among them even when none of it is stored yet.
 */
export function idsToExport(stored: readonly Pick<Conversation, "id" | "updatedAt">[], open?: Pick<Conversation, "id" | "updatedAt">): string[] {
  const all = open && !stored.some((c) => c.id === open.id) ? [...stored, open] : [...stored];
  const activity = (c: Pick<Conversation, "id" | "updatedAt">) => (c.id === open?.id ? Math.max(c.updatedAt, open.updatedAt) : c.updatedAt);
  return all.sort((a, b) => activity(b) - activity(a)).map((c) => c.id);
}
