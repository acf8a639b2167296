"use client";

import { create } from "zustand";
import { DEFAULT_MODEL_ID, findModel } from "@/lib/glm/models";
import { createConversationSlice } from "./conversation-slice";
import { createHistorySlice } from "./history-slice";
import { loadSettings } from "./settings";
import { createStorageSlice } from "./storage-slice";
import type { ChatState } from "./store-types";

export type { ChatState } from "./store-types";

/** One store, three slices: the open conversation, the history list, and storage health. */
export const useChatStore = create<ChatState>()((set, get) => ({
  ...createConversationSlice(set, get),
  ...createHistorySlice(set, get),
  ...createStorageSlice(set, get),
}));

/** Reads remembered settings after hydration (localStorage is not available on the server). */
export function hydrateSettings() {
  const saved = loadSettings();
  if (!saved) return;
  const model = findModel(saved.model) ? saved.model : DEFAULT_MODEL_ID;
  const thinking = findModel(model)?.canDisableThinking === false ? true : saved.thinking;
  const defaults = { model, thinking };
  useChatStore.setState((s) => (s.saved || s.messages.length ? { defaults } : { defaults, conversation: { ...s.conversation, settings: { ...defaults } } }));
}
