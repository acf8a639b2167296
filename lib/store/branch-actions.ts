/**
 * The store's side of answer versions (lib/chat/tree.ts): Regenerate and Edit & resend add a
 * version instead of replacing, the switcher changes which one is shown, Delete takes a version
 * with its branch, and feedback is kept on the answer. The store keeps every message
 * (`allMessages`) and derives `messages`, the shown branch everything else reads.
 */
import type { ChatMessage, Conversation } from "@/lib/chat/message";
import { addMessage, branchesShowing, removeMessage, removeQuestion, shownPath } from "@/lib/chat/tree";
import type { TurnRunner } from "@/lib/chat/turn-runner";
import { newId } from "@/lib/ids";
import { messageUndoApplies, undoneMessages } from "./message-undo";
import { deleteMessages, restoreMessages } from "./persist-bridge";
import type { ChatState, ConversationSlice, GetState, SetState } from "./store-types";
import { chatThumbnail, withThumbnail } from "./thumbnail";
import { turnBusy } from "./turn-busy";

/** The store's two views of a conversation's messages, from every message and the shown choices. */
export function treeView(all: ChatMessage[], conversation: Pick<Conversation, "branches">): Pick<ChatState, "allMessages" | "messages"> {
  return { allMessages: all, messages: shownPath(all, conversation.branches) };
}

interface Deps {
  set: SetState;
  get: GetState;
  turns: TurnRunner;
  saveConversation: () => void;
  startTurn: (options: { history: ChatMessage[] }) => void;
}

type BranchActions = Pick<ConversationSlice, "retry" | "regenerate" | "editAndResend" | "deleteMessage" | "showVersion" | "setFeedback" | "answerStarted" | "answerEnded" | "undoMessageDelete" | "dismissMessageUndo">;

export function createBranchActions({ set, get, turns, saveConversation, startTurn }: Deps): BranchActions {
  /** Replace the messages and the shown choices at once; true when the choices changed. */
  const show = (all: ChatMessage[], branches: Conversation["branches"]) => {
    const s = get();
    const changed = branches !== s.conversation.branches;
    const conversation = changed ? { ...s.conversation, branches } : s.conversation;
    set({ conversation, ...treeView(all, conversation) });
    return changed;
  };
  /** `show`, and the conversation record is saved when the choices changed. */
  const commit = (all: ChatMessage[], branches: Conversation["branches"]) => {
    if (show(all, branches)) saveConversation();
  };
  /** The history row's picture by the chat's messages now, as the stored record is set (persist/messages.ts). */
  const rethumb = (id: string) => {
    const thumbnail = chatThumbnail(get().allMessages);
    set((s) => ({ conversations: s.conversations.map((c) => (c.id === id ? withThumbnail(c, thumbnail) : c)) }));
  };
  let deletes = 0;
  /** `live`: the answer streaming when it was deleted, as it stood (the store holds its start only). */
  const remove = (messageId: string, options: { offerUndo: boolean; live?: ChatMessage }) => {
    const s = get();
    const choices = s.conversation.branches;
    const question = s.allMessages.find((m) => m.id === messageId)?.role === "user";
    const { messages, branches, removed, relinked } = (question ? removeQuestion : removeMessage)(s.allMessages, choices ?? {}, messageId);
    const shown = choices === undefined && !Object.keys(branches).length ? undefined : branches;
    // Saved below with the delete, in one write; a delete that removed nothing changes nothing.
    if (show(messages, shown) && (!s.saved || !removed.length)) saveConversation();
    if (options.offerUndo && removed.length) {
      // It comes back stopped, with Continue, as one whose tab closed mid-answer.
      const live = options.live && { ...options.live, status: "interrupted" as const };
      const before = live ? s.allMessages.map((m) => (m.id === live.id ? live : m)) : s.allMessages;
      const after = get();
      set({ messageUndo: { conversationId: s.conversation.id, before, branches: choices, after: after.allMessages, afterBranches: after.conversation.branches } });
    }
    if (!s.saved || !removed.length) return;
    const id = s.conversation.id;
    // The delete writes the relinked messages and the choices as they are now: a write of them
    // still queued is older, and would land after it if a newer one took its place in the queue.
    turns.forgetMessages(id, [...removed, ...relinked.map((m) => m.id)]);
    const change = shown === choices ? { relinked } : { relinked, branches: shown };
    if (shown !== choices) turns.forgetField(id, "branches");
    // Each delete its own key: one still queued (storage full) must stay before a later Undo's restore.
    void get().persist(`del:${id}:${removed.join(",")}:${(deletes += 1)}`, () => deleteMessages(id, removed, change));
    const thumbnail = get().conversations.find((c) => c.id === id)?.thumbnail;
    if (thumbnail && removed.includes(thumbnail.messageId)) rethumb(id);
  };
  /** The shown branch up to (not including) this message, or null when it is not shown or a turn runs (here or in another tab). */
  const before = (messageId: string) => {
    const s = get();
    const index = s.messages.findIndex((m) => m.id === messageId);
    return turnBusy(s) || index < 0 ? null : s.messages.slice(0, index);
  };

  return {
    // An answer refused before any text is not worth keeping: Retry replaces it. One with text
    // (cut off, or stopped at the length limit) stays as the earlier version: Retry must not
    // throw away a long answer the user may still want.
    retry(assistantId) {
      const history = before(assistantId);
      if (!history) return;
      const answer = get().messages.find((m) => m.id === assistantId);
      if (!answer?.content.trim() && !answer?.reasoning?.trim()) remove(assistantId, { offerUndo: false });
      startTurn({ history });
    },

    // The new answer becomes a sibling of this one and is shown (answerStarted); this one is kept.
    regenerate(assistantId) {
      const history = before(assistantId);
      if (history) startTurn({ history });
    },

    editAndResend(userId, text, files) {
      const history = before(userId);
      const s = get();
      const original = s.messages.find((m) => m.id === userId);
      if (!history || !original || !text.trim()) return;
      // A sibling of the original question, with the attachments it keeps (their bytes are shared).
      const edited: ChatMessage = { ...original, id: newId(), content: text, createdAt: Math.max(Date.now(), original.createdAt + 1) };
      delete edited.feedback;
      if (files) {
        edited.attachments = files.attachments;
        edited.textFiles = files.textFiles;
        if (!files.attachments.length) delete edited.attachments;
      }
      set({ editingId: null });
      const added = addMessage(s.allMessages, s.conversation.branches, edited);
      commit(added.messages, added.branches);
      if (s.saved) void turns.saveMessage(s.conversation.id, edited);
      // The chat's first image, added by the edit: the row shows it now, as storage will (putMessage).
      const listed = s.conversations.find((c) => c.id === s.conversation.id);
      if (listed && !listed.thumbnail && edited.attachments?.some((a) => a.kind === "image")) rethumb(s.conversation.id);
      startTurn({ history: [...history, edited] });
    },

    deleteMessage(messageId) {
      const s = get();
      const live = s.streamingId === messageId ? turns.runningIn(s.conversation.id) : undefined;
      if (s.streamingId === messageId) {
        turns.discard(messageId);
        set({ streamingId: null, answering: s.answering.filter((id) => id !== s.conversation.id) });
      }
      remove(messageId, { offerUndo: true, live });
    },

    undoMessageDelete() {
      const s = get();
      const undo = s.messageUndo;
      set({ messageUndo: null });
      if (!undo || !messageUndoApplies(s)) return;
      const { messages, writes } = undoneMessages(undo, s.allMessages);
      commit(messages, undo.branches);
      if (!s.saved) return;
      const conversation = get().conversation;
      // Not a message key: forgetMessages (a later delete of these) must not drop it unseen; a
      // later delete is queued after it and wins.
      void get().persist(`msg:${conversation.id}:undo:${writes.map((m) => m.id).join(",")}`, () => restoreMessages(conversation, writes));
      rethumb(conversation.id);
    },

    dismissMessageUndo() {
      set({ messageUndo: null });
    },

    showVersion(messageId) {
      const s = get();
      const message = s.allMessages.find((m) => m.id === messageId);
      if (turnBusy(s) || !message) return;
      // The version picked (from the switcher) or, for a search hit in an earlier version, every
      // version on the way to it: the branch holding it is shown.
      commit(s.allMessages, branchesShowing(s.allMessages, s.conversation.branches ?? {}, message.id));
    },

    setFeedback(messageId, feedback) {
      const s = get();
      const message = s.allMessages.find((m) => m.id === messageId);
      if (!message || message.role !== "assistant") return;
      const next: ChatMessage = { ...message, feedback };
      if (!feedback) delete next.feedback;
      commit(s.allMessages.map((m) => (m.id === messageId ? next : m)), s.conversation.branches);
      if (s.saved) void turns.saveMessage(s.conversation.id, next);
    },

    answerStarted(conversationId, message) {
      if (!get().answering.includes(conversationId)) set((s) => ({ answering: [...s.answering, conversationId] }));
      const s = get();
      if (s.conversation.id !== conversationId) return;
      set({ streamingId: message.id });
      // A continued answer is already there; a new one (a new version too) is added and shown.
      if (s.allMessages.some((m) => m.id === message.id)) commit(s.allMessages.map((m) => (m.id === message.id ? message : m)), s.conversation.branches);
      else {
        const added = addMessage(s.allMessages, s.conversation.branches, message);
        commit(added.messages, added.branches);
      }
    },

    answerEnded(conversationId, message) {
      set((s) => ({ answering: s.answering.filter((id) => id !== conversationId) }));
      const s = get();
      if (s.streamingId === message.id) set({ streamingId: null });
      if (s.conversation.id !== conversationId) return;
      commit(s.allMessages.map((m) => (m.id === message.id ? message : m)), s.conversation.branches);
    },
  };
}
