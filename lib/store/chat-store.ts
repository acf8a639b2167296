"use client";

import { create } from "zustand";
import { DEFAULT_MODEL_ID, findModel } from "@/lib/glm/models";
import { newId } from "@/lib/ids";
import type { Attachment, ChatMessage, Conversation, ConversationSettings } from "@/lib/chat/types";
import { runTurn } from "./run-turn";
import { loadSettings, saveSettings } from "./settings";

export interface ChatState {
  conversation: Conversation;
  messages: ChatMessage[];
  /** Settings for the next new chat, remembered across visits. */
  defaults: ConversationSettings;
  streamingId: string | null;
  abort: AbortController | null;

  send(text: string, attachments?: Attachment[]): void;
  stop(): void;
  retry(assistantId: string): void;
  newChat(): void;
  setModel(model: string): void;
  setThinking(on: boolean): void;
  patchMessage(id: string, patch: Partial<ChatMessage> | ((m: ChatMessage) => Partial<ChatMessage>)): void;
}

function freshConversation(settings: ConversationSettings): Conversation {
  const now = Date.now();
  return { id: newId(), title: "New chat", createdAt: now, updatedAt: now, settings: { ...settings } };
}

const initialDefaults: ConversationSettings = { model: DEFAULT_MODEL_ID, thinking: true };

export const useChatStore = create<ChatState>()((set, get) => ({
  conversation: freshConversation(initialDefaults),
  messages: [],
  defaults: initialDefaults,
  streamingId: null,
  abort: null,

  send(text, attachments) {
    if (get().streamingId) return;
    const user: ChatMessage = { id: newId(), role: "user", content: text, attachments, createdAt: Date.now(), status: "done" };
    set((s) => ({
      messages: [...s.messages, user],
      conversation: s.messages.length ? s.conversation : { ...s.conversation, title: text.trim().split("\n")[0].slice(0, 60) || "New chat" },
    }));
    startAssistant(get, set);
  },

  stop() {
    get().abort?.abort();
  },

  retry(assistantId) {
    if (get().streamingId) return;
    set((s) => ({ messages: s.messages.filter((m) => m.id !== assistantId) }));
    startAssistant(get, set);
  },

  newChat() {
    get().abort?.abort();
    set((s) => ({ conversation: freshConversation(s.defaults), messages: [], streamingId: null, abort: null }));
  },

  setModel(model) {
    const info = findModel(model);
    set((s) => {
      const thinking = info && !info.canDisableThinking ? true : s.conversation.settings.thinking;
      const settings = { ...s.conversation.settings, model, thinking };
      saveSettings({ model, thinking });
      return { conversation: { ...s.conversation, settings }, defaults: { ...s.defaults, model, thinking } };
    });
  },

  setThinking(thinking) {
    set((s) => {
      saveSettings({ model: s.conversation.settings.model, thinking });
      return { conversation: { ...s.conversation, settings: { ...s.conversation.settings, thinking } }, defaults: { ...s.defaults, thinking } };
    });
  },

  patchMessage(id, patch) {
    set((s) => ({
      messages: s.messages.map((m) => (m.id === id ? { ...m, ...(typeof patch === "function" ? patch(m) : patch) } : m)),
    }));
  },
}));

function startAssistant(get: () => ChatState, set: (p: Partial<ChatState>) => void) {
  const { conversation, messages } = get();
  const assistant: ChatMessage = {
    id: newId(),
    role: "assistant",
    content: "",
    createdAt: Date.now(),
    model: conversation.settings.model,
    status: "streaming",
  };
  const abort = new AbortController();
  set({ messages: [...messages, assistant], streamingId: assistant.id, abort });
  void runTurn({
    history: messages,
    settings: conversation.settings,
    signal: abort.signal,
    patch: (p) => get().patchMessage(assistant.id, p),
  }).finally(() => {
    if (get().streamingId === assistant.id) set({ streamingId: null, abort: null });
  });
}

/** Reads remembered settings after hydration (localStorage is not available on the server). */
export function hydrateSettings() {
  const saved = loadSettings();
  if (!saved) return;
  const model = findModel(saved.model) ? saved.model : DEFAULT_MODEL_ID;
  const thinking = findModel(model)?.canDisableThinking === false ? true : saved.thinking;
  const defaults = { model, thinking };
  useChatStore.setState((s) => (s.messages.length ? { defaults } : { defaults, conversation: { ...s.conversation, settings: { ...defaults } } }));
}
