/**
 * Undo of a message delete (a question with its answers, or one answer version). The store keeps
 * what the delete took in memory, attachment bytes included (a message holds its Blobs), so the
 * delete itself stays immediate and final in IndexedDB and Undo writes the records back: nothing
 * waits on a toast to be deleted, and a page closed meanwhile loses only the offer.
 *
 * The offer holds only while the chat is exactly as the delete left it: the same conversation
 * open, the very same message array and shown choices (any send, answer, edit, version switch,
 * feedback, reload from another tab or chat switch replaces them), and no answer running in it.
 * Putting old records back over a chat that moved on would undo more than the delete. A second
 * delete replaces the first one's offer, as a second conversation delete does.
 */
import type { ChatMessage, Conversation } from "@/lib/chat/message";
import type { ChatState } from "./store-types";
import { turnBusy } from "./turn-busy";

export interface MessageUndo {
  conversationId: string;
  /** Every message and the shown choices before the delete. */
  before: ChatMessage[];
  branches: Conversation["branches"];
  /** The store's message array and choices the delete left (compared by identity). */
  after: ChatMessage[];
  afterBranches: Conversation["branches"];
}

type UndoView = Pick<ChatState, "messageUndo" | "conversation" | "allMessages" | "streamingId" | "answeringElsewhere">;

export function messageUndoApplies(s: UndoView): boolean {
  const u = s.messageUndo;
  return !!u && s.conversation.id === u.conversationId && s.allMessages === u.after && s.conversation.branches === u.afterBranches && !turnBusy(s);
}

/**
 * The messages as they were, and the ones to write back: those the delete removed, and those whose
 * parent it relinked (with their parent restored; their other fields as they stand now).
 */
export function undoneMessages(undo: MessageUndo, current: readonly ChatMessage[]): { messages: ChatMessage[]; writes: ChatMessage[] } {
  const now = new Map(current.map((m) => [m.id, m]));
  const writes: ChatMessage[] = [];
  const messages = undo.before.map((m) => {
    const kept = now.get(m.id);
    if (kept && kept.parentId === m.parentId) return kept;
    const back = kept ? { ...kept, parentId: m.parentId } : m;
    writes.push(back);
    return back;
  });
  return { messages, writes };
}

/** When the oldest message the delete removed was written (undefined if it removed none). */
export function oldestRemoved(undo: Pick<MessageUndo, "before" | "after">): number | undefined {
  const left = new Set(undo.after.map((m) => m.id));
  const times = undo.before.filter((m) => !left.has(m.id)).map((m) => m.createdAt);
  return times.length ? Math.min(...times) : undefined;
}
