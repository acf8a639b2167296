/** Other tabs announce their writes; this tab refreshes the list and the open conversation. */
import { measureAppendBytes, readConversationRecord, subscribeToChanges } from "./persist-bridge";
import { hydrateSettings, useChatStore } from "./chat-store";
import { pushPath } from "./navigation";

let started = false;

/** Once per page: settings, the history list, cross-tab sync. */
export function initPersistence(): void {
  if (started || typeof window === "undefined") return;
  started = true;
  hydrateSettings();
  void useChatStore.getState().loadList();
  subscribeToChanges((event) => {
    const s = useChatStore.getState();
    // Only the changed record is re-read: with thousands of conversations and an answer streaming
    // in another tab (a save per second), re-listing everything would cost far more.
    if (event.type === "conversation-deleted") useChatStore.setState({ conversations: s.conversations.filter((c) => c.id !== event.id) });
    else void refreshEntry(event.id);
    if (event.id !== s.conversation.id) return;
    if (event.type === "conversation-deleted") {
      s.newChat();
      pushPath("/");
    } else void s.reloadOpen();
  });
  // The benchmark (e2e/bench/persistence.bench.ts) measures the real write path in the page.
  (window as unknown as { __glmBench?: unknown }).__glmBench = { measureAppendBytes };
}

async function refreshEntry(id: string): Promise<void> {
  const record = await readConversationRecord(id).catch(() => null);
  if (record) useChatStore.getState().upsertListEntry(record);
  else useChatStore.setState((s) => ({ conversations: s.conversations.filter((c) => c.id !== id) }));
}
