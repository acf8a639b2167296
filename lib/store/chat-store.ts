"use client";

import { create } from "zustand";
import { signedOut } from "@/lib/chat/apply-event";
import { TurnRunner } from "@/lib/chat/turn-runner";
import { servedModel } from "@/lib/chat/served-models";
import { DEFAULT_MODEL_ID } from "@/lib/glm/models";
import { autoTitle } from "./auto-title";
import { learnBudget } from "./budget-spent";
import { createConversationSlice } from "./conversation-slice";
import { createHistorySlice } from "./history-slice";
import { messageUndoApplies } from "./message-undo";
import { editAwayApplies } from "./edit-away";
import { onScreenConversation } from "./on-screen";
import { onOwnChanges, readableStorageError } from "./persist-bridge";
import { loadSettings, rememberedThinking } from "./settings";
import { servedSettings } from "./served-default";
import { createStorageSlice } from "./storage-slice";
import { browserRetryEnvironment, createWriteRetry, type WriteRetry } from "./write-retry";
import type { ConversationSnapshot } from "./persist/conversations";
import type { ChatState } from "./store-types";

export type { ChatState } from "./store-types";
export { turnBusy } from "./turn-busy";

/**
 * The one owner of running turns and of the write queue. It tells the store when an answer
 * starts and ends; the store itself holds only serialisable state.
 */
export const turns = new TurnRunner(
  {
    started(conversationId, message) {
      useChatStore.getState().answerStarted(conversationId, message);
    },
    ended(conversationId, message) {
      useChatStore.getState().answerEnded(conversationId, message);
      autoTitle(useChatStore.getState, conversationId, message);
      // A budget refusal or cut in any chat holds every chat's sending until the reset.
      learnBudget(message);
    },
    writesFull(error, pending) {
      useChatStore.setState({ storageWarning: readableStorageError(error), pendingWrites: pending });
      retryLater()?.full();
    },
    writesDrained() {
      useChatStore.setState({ storageWarning: null, pendingWrites: 0 });
      retries?.drained();
    },
  },
  { isFull: (error) => readableStorageError(error) !== null },
);

let retries: WriteRetry | undefined;

/**
 * The waiting writes are tried again by themselves (./write-retry.ts), made at the first refusal:
 * a page whose writes land never builds it. None outside a browser (unit tests, the server).
 */
function retryLater(): WriteRetry | undefined {
  if (typeof window === "undefined") return undefined;
  retries ??= createWriteRetry(() => turns.retryWrites(), () => turns.pendingWrites > 0, browserRetryEnvironment());
  return retries;
}

/** One store, three slices: the open conversation, the history list, and storage health. */
export const useChatStore = create<ChatState>()((set, get) => ({
  ...createConversationSlice(set, get, turns),
  ...createHistorySlice(set, get, turns),
  ...createStorageSlice(set, get, turns),
}));

// A message delete's Undo ends (its toast with it) as soon as the chat is no longer as the delete
// left it: one rule, whatever changed it (lib/store/message-undo.ts).
useChatStore.subscribe((s) => {
  if (s.messageUndo && !messageUndoApplies(s)) useChatStore.setState({ messageUndo: null });
  // The notice of an edit taken off screen by another tab goes once it is shown again or another edit is open.
  if (s.editAway !== null && !editAwayApplies(s)) useChatStore.setState({ editAway: null });
});

// This tab's own writes: an answer saved in a chat not on top (the user moved on while it ran)
// moves its row up as a reload would show it, from the time the write stored, without a read.
// Other tabs' writes are read back one record each (cross-tab.ts).
onOwnChanges((event) => {
  if (event.type === "conversation-changed" && event.updatedAt !== undefined) useChatStore.getState().noteActivity(event.id, event.updatedAt);
});

/**
 * Signing out, in this tab or another: this tab's running answers end as stopped by it, saved
 * before the page leaves (a reload would read them back as cut by a page closed or reloaded).
 */
export function stopAnswersForSignOut(): Promise<void> {
  return turns.stopAll(signedOut);
}

/** The open conversation as this tab shows it, for an export to take in place of its stored copy (./on-screen.ts). */
export function shownForExport(): ConversationSnapshot | undefined {
  return onScreenConversation(useChatStore.getState(), (id) => turns.live(id));
}

/** Reads remembered settings after hydration (localStorage is not available on the server). */
export function hydrateSettings() {
  const saved = loadSettings();
  if (!saved) return;
  // Any remembered id is kept, not only the catalogue's: a self-hosted server serves its own names.
  // One it no longer serves gives way to its default once its list arrives (adoptServedModels).
  const model = saved.model || DEFAULT_MODEL_ID;
  const thinking = servedModel(model)?.canDisableThinking === false ? true : (saved.thinkingByModel?.[model] ?? saved.thinking);
  const defaults = { model, thinking };
  const customInstructions = saved.customInstructions ?? "";
  useChatStore.setState((s) =>
    s.saved || s.messages.length ? { defaults, customInstructions } : { defaults, customInstructions, conversation: { ...s.conversation, settings: { ...defaults } } },
  );
}

/** The server's list has arrived: a new chat's model, and the remembered default, must be one it serves (./served-default.ts). */
export function adoptServedModels(served: readonly string[], serverDefault: string): void {
  const thinkingFor = (model: string, current: boolean) => (servedModel(model)?.canDisableThinking === false ? true : (rememberedThinking(model) ?? current));
  const s = useChatStore.getState();
  const moved = servedSettings(s, served, serverDefault, thinkingFor);
  if (!moved) return;
  useChatStore.setState({
    ...(moved.defaults ? { defaults: moved.defaults } : {}),
    ...(moved.settings ? { conversation: { ...s.conversation, settings: moved.settings } } : {}),
  });
}
