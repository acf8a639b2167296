/** Other tabs announce their writes; this tab refreshes the list and the open conversation. */
import { onAllDeleted, onOwnChanges, onStopRequest, readConversationRecord, streamingAnswers, subscribeToChanges, whenStreamLockFree } from "./persist-bridge";
import { hydrateSettings, turns, useChatStore } from "./chat-store";
import { stopKeepingDrafts } from "./drafts";
import { followOtherTabs } from "./open-sync";
import { watchOtherTabAnswers } from "./other-tab-answers";

let started = false;

/** Once per page: settings, the history list, cross-tab sync. */
export function initPersistence(): void {
  if (started || typeof window === "undefined") return;
  started = true;
  hydrateSettings();
  void useChatStore.getState().loadList();
  const open = followOtherTabs(useChatStore, whenStreamLockFree);
  const elsewhere = watchOtherTabAnswers({
    streaming: streamingAnswers,
    waitFree: whenStreamLockFree,
    mine: (messageId) => turns.live(messageId) !== undefined,
    publish: (ids) => useChatStore.setState({ answeringInOtherTabs: ids }),
  });
  subscribeToChanges((event) => {
    // An answer starting in another tab saves it at once, so its lock is listed by then.
    elsewhere.refresh();
    const s = useChatStore.getState();
    // Only the changed record is re-read: with thousands of conversations and an answer streaming
    // in another tab (a save per second), re-listing everything would cost far more.
    if (event.type === "conversation-deleted") useChatStore.setState({ conversations: s.conversations.filter((c) => c.id !== event.id) });
    else void refreshEntry(event.id);
    if (event.id !== s.conversation.id) return;
    // The URL follows the store (components/chat/use-conversation-route.ts).
    if (event.type === "conversation-deleted") s.newChat();
    else open.changed();
  });
  // An import in this tab wrote as another tab would, and the open chat knows nothing of it: it is
  // read back the same way (once this tab is idle). The list is read once, by the importer
  // (settings-panel.tsx): a row read per imported chat would be thousands for an "Export all".
  onOwnChanges((event) => {
    if (event.type === "conversation-changed" && event.imported && event.id === useChatStore.getState().conversation.id) open.changed();
  });
  // Everything deleted in another tab: nothing of it may be written back from here.
  // Writing stops at once; the rest (./delete-all.ts) comes with its module, or the start afresh alone.
  onAllDeleted(() => {
    stopKeepingDrafts();
    turns.discardAll();
    void import("./delete-all").then((m) => m.followDeleteAll(), () => location.replace("/"));
  });
  // Stop pressed in another tab that shows this tab's answer: stopped as this tab's own Stop does.
  onStopRequest(({ conversationId, messageId }) => {
    if (turns.runningIn(conversationId)?.id === messageId) turns.stop(conversationId);
  });
  // Bench builds only (scripts/bench.mjs sets the flag at build time; a normal build drops this).
  if (process.env.NEXT_PUBLIC_BENCH === "1") void import("@/e2e/bench/page-hooks").then((m) => m.installBenchHooks());
}

async function refreshEntry(id: string): Promise<void> {
  const record = await readConversationRecord(id).catch(() => null);
  if (record) useChatStore.getState().upsertListEntry(record);
  else useChatStore.setState((s) => ({ conversations: s.conversations.filter((c) => c.id !== id) }));
}
