/** Other tabs announce their writes; this tab refreshes the list and the open conversation. */
import { measureAppendBytes, subscribeToChanges } from "./persist-bridge";
import { hydrateSettings, useChatStore } from "./chat-store";
import { pushPath } from "./navigation";

let started = false;

/** Once per page: settings, the history list, cross-tab sync. */
export function initPersistence(): void {
  if (started || typeof window === "undefined") return;
  started = true;
  hydrateSettings();
  void useChatStore.getState().loadList();
  let timer: ReturnType<typeof setTimeout> | undefined;
  subscribeToChanges((event) => {
    const s = useChatStore.getState();
    clearTimeout(timer);
    timer = setTimeout(() => void useChatStore.getState().loadList(), 150);
    if (event.id !== s.conversation.id) return;
    if (event.type === "conversation-deleted") {
      s.newChat();
      pushPath("/");
    } else void s.reloadOpen();
  });
  // The benchmark (e2e/bench/persistence.bench.ts) measures the real write path in the page.
  (window as unknown as { __glmBench?: unknown }).__glmBench = { measureAppendBytes };
}
