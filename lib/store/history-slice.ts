import type { ChatMessage } from "@/lib/chat/message";
import type { TurnRunner } from "@/lib/chat/turn-runner";
import {
  deleteConversation,
  listConversations,
  listRecentConversations,
  restoreConversation,
  setPinned,
  updateConversation,
  type StoredConversation,
} from "./persist-bridge";
import { useDraftStore } from "./draft-store";
import { restoreDraft, takeDraft } from "./drafts";
import { FIRST_SCREEN, takeFullList, takeRecent } from "./startup-reads";
import type { GetState, HistorySlice, SetState } from "./store-types";
import type { ConversationSnapshot } from "./persist/conversations";

const byActivity = (a: StoredConversation, b: StoredConversation) => b.updatedAt - a.updatedAt;

/**
 * What was just read, plus entries this tab changed meanwhile (a chat started while the list was
 * loading): per conversation, the more recently active version wins.
 */
export function mergeNewer(read: StoredConversation[], current: StoredConversation[]): StoredConversation[] {
  // Keyed by the few entries this tab holds, not by the thousands read: one pass over the read.
  const mine = new Map(current.map((c) => [c.id, c]));
  const merged = read.map((stored) => {
    const c = mine.get(stored.id);
    if (!c) return stored;
    mine.delete(stored.id);
    return c.updatedAt > stored.updatedAt ? c : stored;
  });
  merged.push(...mine.values());
  // A read already newest first (the usual case) costs the sort one pass: it finds a single run.
  return merged.sort(byActivity);
}

/**
 * The list with entry `index` given a later activity time: moved up past the entries less recently
 * active, the rest untouched. Activity is "now", so the walk is short (usually to the top), and no
 * sort of thousands of rows runs per save of a streaming answer. The same list when the entry stays
 * where it is (the chat on top answering): the order is right, and the history is not rebuilt each
 * second; its stored time is newer than shown, which no later order depends on (any later activity
 * is newer still).
 */
export function withActivity<T extends readonly StoredConversation[]>(list: T, index: number, updatedAt: number): T | StoredConversation[] {
  let to = index;
  while (to > 0 && list[to - 1].updatedAt < updatedAt) to--;
  if (to === index) return list;
  const entry = { ...list[index], updatedAt };
  const out = list.slice();
  out.splice(index, 1);
  out.splice(to, 0, entry);
  return out;
}

export function createHistorySlice(set: SetState, get: GetState, turns: TurnRunner): HistorySlice {
  /** Change one conversation everywhere it is shown, and store it. */
  const change = (id: string, patch: Partial<StoredConversation>, write: () => Promise<unknown>) => {
    set((s) => ({
      conversations: s.conversations.map((c) => (c.id === id ? { ...c, ...patch } : c)),
      ...(s.conversation.id === id ? { conversation: { ...s.conversation, ...patch } } : {}),
    }));
    // Only the changed fields are written, the open conversation's too: a whole-record write from
    // this tab's copy would undo what another tab changed meanwhile (a rename while this one answered).
    void get().persist(`meta:${id}:${Object.keys(patch).join(",")}`, write);
  };

  /** What storage says of a conversation, shown here without writing it back. */
  const adopt = (id: string, fields: Partial<StoredConversation>) =>
    set((s) => ({
      conversations: s.conversations.map((c) => (c.id === id ? { ...c, ...fields } : c)),
      ...(s.conversation.id === id ? { conversation: { ...s.conversation, ...fields } } : {}),
    }));

  return {
    conversations: [],
    listLoaded: false,
    undo: null,

    async loadList() {
      // Both reads may already be under way since the page's scripts ran (startup-reads.ts),
      // which then marked the start of the list's work itself.
      const fullRead = takeFullList();
      if (!fullRead) performance.mark("glm:list-start");
      if (!get().listLoaded) {
        // First screen fast: the newest rows now, the full list (and pinned older ones) right after.
        const recent = await (takeRecent() ?? listRecentConversations(FIRST_SCREEN)).catch(() => []);
        if (!get().listLoaded && recent.length) set((s) => ({ conversations: mergeNewer(recent, s.conversations) }));
      }
      const { conversations, quarantined } = await (fullRead ?? listConversations()).catch(() => ({ conversations: [], quarantined: 0 }));
      performance.mark("glm:list-read");
      set((s) => {
        const merged = mergeNewer(conversations, s.listLoaded ? [] : s.conversations);
        return { conversations: merged, listLoaded: true, undo: undoStillApplies(s.undo, merged) };
      });
      get().noteQuarantined(quarantined);
    },

    noteActivity(id, updatedAt) {
      const list = get().conversations;
      const index = list.findIndex((c) => c.id === id);
      if (index < 0 || list[index].updatedAt >= updatedAt) return;
      const moved = withActivity(list, index, updatedAt);
      if (moved !== list) set({ conversations: moved });
    },

    upsertListEntry(entry) {
      set((s) => ({ conversations: [entry, ...s.conversations.filter((c) => c.id !== entry.id)].sort(byActivity), undo: undoStillApplies(s.undo, [entry]) }));
    },

    rename(id, title) {
      const clean = title.trim();
      if (!clean) return;
      // A title the user typed is never replaced by a generated one.
      const patch = { title: clean, titleSource: "user" as const };
      change(id, patch, () => updateConversation(id, (c) => ({ ...c, ...patch })));
    },

    applyGeneratedTitle(id, title) {
      const s = get();
      const current = s.conversation.id === id ? s.conversation : s.conversations.find((c) => c.id === id);
      if (!current || current.titleSource) return;
      const patch = { title, titleSource: "generated" as const };
      // Checked again inside the write: another tab may have renamed it meanwhile, and then its
      // title is the one shown here too.
      change(id, patch, async () => {
        const stored = await updateConversation(id, (c) => (c.titleSource ? c : { ...c, ...patch }));
        if (stored.titleSource !== "generated") adopt(id, { title: stored.title, titleSource: stored.titleSource });
      });
    },

    togglePin(id) {
      const pinned = !get().conversations.find((c) => c.id === id)?.pinned;
      change(id, { pinned }, () => setPinned(id, pinned));
    },

    async deleteConversation(id) {
      const s = get();
      const open = s.conversation.id === id;
      turns.discardConversation(id);
      turns.forgetConversation(id);
      set((state) => ({ conversations: state.conversations.filter((c) => c.id !== id), answering: state.answering.filter((a) => a !== id) }));
      // The URL follows (components/chat/use-conversation-route.ts).
      if (open) get().newChat();
      // Deleting only removes records, so it works even when storage is full.
      // Its unsent text goes with it (and comes back with Undo), not left in localStorage.
      const draft = takeDraft(id);
      useDraftStore.getState().forgetFiles(id);
      const deleted = await deleteConversation(id).catch(() => null);
      const snapshot = deleted && { ...deleted, messages: deleted.messages.map(stoppedByDelete) };
      const replaced = get().undo;
      set({ undo: snapshot && { ...snapshot, wasOpen: open, ...(draft ? { draft } : {}) } });
      if (replaced && replaced.conversation.id !== id) useDraftStore.getState().dropTray(replaced.conversation.id);
      await get().retryWrites();
    },

    async undoDelete() {
      const snapshot = get().undo;
      if (!snapshot) return;
      set({ undo: null });
      get().upsertListEntry(snapshot.conversation);
      const { wasOpen: _, draft, ...stored } = snapshot;
      restoreDraft(snapshot.conversation.id, draft);
      useDraftStore.getState().keepFiles(snapshot.conversation.id);
      await get().persist(`restore:${snapshot.conversation.id}`, () => restoreConversation(stored));
    },

    dismissUndo() {
      const gone = get().undo;
      set({ undo: null });
      if (gone) useDraftStore.getState().dropTray(gone.conversation.id);
    },
  };
}

/** An answer that was running when its chat was deleted comes back with Undo saying so, with Continue. */
function stoppedByDelete(message: ChatMessage): ChatMessage {
  if (message.status !== "streaming") return message;
  return { ...message, status: "interrupted", error: { code: "deleted_mid_answer", message: "The chat was deleted while this answer was being written, which stopped it." } };
}

/**
 * The "Deleted … Undo" offer ends once the conversation is back by another way (imported again,
 * restored in another tab): the toast stayed, and its Undo would write the old copy over the new.
 */
function undoStillApplies<T extends ConversationSnapshot>(undo: T | null, present: readonly { id: string }[]): T | null {
  return undo && present.some((c) => c.id === undo.conversation.id) ? null : undo;
}
