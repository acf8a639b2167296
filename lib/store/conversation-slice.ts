import type { ChatMessage, Conversation, ConversationSettings } from "@/lib/chat/message";
import { DEFAULT_MODEL_ID } from "@/lib/glm/models";
import { servedModel } from "@/lib/chat/served-models";
import { newId } from "@/lib/ids";
import { fieldKey, type ConversationField, type TurnRunner } from "@/lib/chat/turn-runner";
import { stripMarkup } from "@/lib/glm/strip-markup";
import { cutTitle } from "@/lib/glm/cut-title";
import { titleLine } from "@/lib/markdown/title-line";
import { condensedTranscript } from "@/lib/chat/usage-summary";
import { splitFileBlocks } from "@/lib/media/text-file-blocks";
import { createBranchActions, treeView } from "./branch-actions";
import { askToStopAnswer, loadConversation, putConversation, requestPersistence, titleFromMessages } from "./persist-bridge";
import { takeConversation } from "./startup-reads";
import { turnBusy } from "./turn-busy";
import { editTakenAway } from "./edit-away";
import { keepAskingToStop } from "./stop-elsewhere";
import { rememberedThinking, rememberThinking, saveSettings } from "./settings";
import type { ConversationSlice, GetState, SetState } from "./store-types";

export const initialDefaults: ConversationSettings = { model: DEFAULT_MODEL_ID, thinking: true };

const freshTitle = "New chat";

export function freshConversation(settings: ConversationSettings): Conversation {
  const now = Date.now();
  return { id: newId(), title: freshTitle, createdAt: now, updatedAt: now, settings: { ...settings } };
}

let persistenceAsked = false;

/**
 * A new conversation's title: the first line of what the user typed, as plain text, up to 60
 * characters (what the share page and its tests expect), "…" when cut; for a message with only
 * files, their names.
 * A GUI-agent session is named by its task: its steps are screenshots, and every chat of them
 * was called "screenshot.png" in the history.
 */
export function firstTitle(user: Pick<ChatMessage, "role" | "content" | "attachments" | "textFiles">, agentTask?: string): string {
  const task = firstLine(agentTask ?? "");
  if (task) return task;
  const { files, typed } = splitFileBlocks(user.content, user.textFiles);
  return firstLine(stripMarkup(typed)) || (files.length ? files.map((f) => f.name).join(", ").slice(0, 60) : titleFromMessages([user]));
}

/** Markdown read as words: `# Plan for Q3` is named "Plan for Q3" (lib/markdown/title-line.ts). */
function firstLine(text: string): string {
  return cutTitle(titleLine(text));
}

export function createConversationSlice(set: SetState, get: GetState, turns: TurnRunner): ConversationSlice {
  let openSeq = 0;
  let reloadSeq = 0;

  /**
   * An answer still "streaming" in storage is live somewhere (a dead tab's comes back
   * "interrupted", persist/conversations.ts): if this tab runs no turn for it, another tab does.
   */
  const otherTabAnswer = (messages: ChatMessage[]) => messages.find((m) => m.status === "streaming" && !turns.live(m.id))?.id ?? null;

  /**
   * Queue a write of one field of the open conversation record (the latest queued wins). Only that
   * field: this tab's copy of the title or pin is stale while another tab renames it.
   */
  const saveField = (field: ConversationField) => {
    const { conversation, saved } = get();
    if (saved) void get().persist(fieldKey(conversation.id, field), () => putConversation(conversation, [field]));
  };
  const startTurn = (options: { history: ChatMessage[]; continueFrom?: ChatMessage }) => {
    const { conversation } = get();
    const customInstructions = get().customInstructions || undefined;
    turns.start({ conversationId: conversation.id, settings: { ...conversation.settings, customInstructions }, ...options });
  };
  const settingsChanged = (settings: ConversationSettings) => {
    set((s) => ({ conversation: { ...s.conversation, settings } }));
    saveField("settings");
  };

  return {
    conversation: freshConversation(initialDefaults),
    saved: false,
    messages: [],
    allMessages: [],
    defaults: initialDefaults,
    customInstructions: "",
    streamingId: null,
    answeringElsewhere: null,
    answering: [],
    answeringInOtherTabs: [],
    messageUndo: null,
    routeStatus: "ready",
    routeTaken: false,
    editingId: null,
    editAway: null,

    send(text, attachments, textFiles = 0) {
      const s = get();
      if (turnBusy(s) || s.routeStatus !== "ready") return false;
      const now = Date.now();
      const parent = s.messages.at(-1);
      const user: ChatMessage = { id: newId(), role: "user", parentId: parent?.id ?? null, content: text, textFiles, attachments, createdAt: Math.max(now, (parent?.createdAt ?? 0) + 1), status: "done" };
      const first = !s.saved;
      // A continued chat is saved before its first message (continueInNewChat): it is named by that message all the same.
      const named = first || (!s.messages.length && !s.conversation.titleSource && s.conversation.title === freshTitle);
      const conversation: Conversation = { ...s.conversation, updatedAt: now, title: named ? firstTitle(user, s.conversation.settings.agent?.task) : s.conversation.title };
      const id = conversation.id;
      set({ conversation, saved: true, ...treeView([...s.allMessages, user], conversation) });
      // The URL follows (components/chat/use-conversation-route.ts).
      if (named) void get().persist(`conv:${id}`, () => putConversation(conversation));
      void turns.saveMessage(id, user);
      if (!persistenceAsked) {
        persistenceAsked = true;
        void requestPersistence();
      }
      const listed = s.conversations.find((c) => c.id === id);
      const image = attachments?.find((a) => a.kind === "image");
      const thumbnail = listed?.thumbnail ?? (image ? { messageId: user.id, attachmentId: image.id } : undefined);
      get().upsertListEntry({ ...conversation, pinned: listed?.pinned ?? conversation.pinned, ...(thumbnail ? { thumbnail } : {}) });
      startTurn({ history: [...s.messages, user] });
      return true;
    },

    stop() {
      const { conversation, answeringElsewhere } = get();
      if (turns.runningIn(conversation.id)) turns.stop(conversation.id);
      // That tab stops it as its own Stop would; this one reads the result once the answer's lock
      // is let go (open-sync.ts).
      else if (answeringElsewhere) {
        keepAskingToStop(
          () => askToStopAnswer(conversation.id, answeringElsewhere),
          () => get().answeringElsewhere === answeringElsewhere,
        );
      }
    },

    continueAnswer(assistantId) {
      const s = get();
      const index = s.messages.findIndex((m) => m.id === assistantId);
      if (turnBusy(s) || index < 0) return;
      startTurn({ history: s.messages.slice(0, index), continueFrom: s.messages[index] });
    },

    setEditing(id) {
      set({ editingId: id });
    },

    ...createBranchActions({ set, get, turns, saveConversation: () => saveField("branches"), startTurn }),

    // Leaving a conversation does not stop its answer: it goes on, and is saved, in the background.
    newChat() {
      openSeq += 1;
      set((s) => ({ conversation: freshConversation(s.defaults), saved: false, messages: [], allMessages: [], streamingId: null, answeringElsewhere: null, routeStatus: "ready", routeTaken: true, editingId: null }));
    },

    async openRoute(id) {
      const s = get();
      if (id === null) {
        if (s.saved || s.messages.length || s.routeStatus !== "ready") get().newChat();
        else if (!s.routeTaken) set({ routeTaken: true });
        return;
      }
      if (id === s.conversation.id && s.routeStatus !== "missing") return;
      const seq = ++openSeq;
      set({ routeStatus: "loading", routeTaken: true, messages: [], allMessages: [], streamingId: null, answeringElsewhere: null, editingId: null, saved: false, conversation: { ...freshConversation(s.defaults), id } });
      const wasRunning = !!turns.runningIn(id);
      // The first address's conversation may already be read (startup-reads.ts).
      let loaded = await (takeConversation(id) ?? loadConversation(id)).catch(() => null);
      // Its answer ended during the read: read again for the final copy (it is saved before it ends).
      if (wasRunning && !turns.runningIn(id) && seq === openSeq) loaded = await loadConversation(id).catch(() => loaded);
      if (seq !== openSeq) return;
      if (!loaded) {
        set({ routeStatus: "missing" });
        return;
      }
      get().noteQuarantined(loaded.quarantined);
      set({ conversation: loaded.conversation, ...treeView(loaded.messages, loaded.conversation), answeringElsewhere: otherTabAnswer(loaded.messages), saved: true, routeStatus: "ready" });
      // Still answering in the background: the stored copy is an interval save, the live one is current.
      const running = turns.runningIn(id);
      if (running) get().answerStarted(id, running);
    },

    async reloadOpen() {
      const s = get();
      if (!s.saved || s.routeStatus !== "ready") return true;
      // Local writes still waiting for space would be overwritten by the stored state, and this
      // tab's own answer is newer than its interval save: the caller reads again once idle.
      if (s.streamingId || s.pendingWrites > 0) return false;
      const id = s.conversation.id;
      const seq = openSeq;
      const read = ++reloadSeq;
      const loaded = await loadConversation(id).catch(() => null);
      const now = get();
      // Reads can end out of order (one with a streaming answer waits for the lock query): an
      // older one landing last showed another tab's finished answer as still streaming.
      if (!loaded || seq !== openSeq || read !== reloadSeq || now.conversation.id !== id) return true;
      if (now.streamingId || now.pendingWrites > 0) return false;
      get().noteQuarantined(loaded.quarantined);
      const view = treeView(loaded.messages, loaded.conversation);
      // Another tab's version (or delete) took the question being edited here off screen: said, not silent.
      const editAway = editTakenAway(now.editingId, now.messages, view.messages) ?? now.editAway;
      set({ conversation: loaded.conversation, ...view, answeringElsewhere: otherTabAnswer(loaded.messages), editAway });
      return true;
    },

    setModel(model) {
      const info = servedModel(model);
      const s = get();
      // A model that cannot turn thinking off forces it on without overwriting the user's choice.
      const thinking = info && !info.canDisableThinking ? true : (rememberedThinking(model) ?? s.conversation.settings.thinking);
      saveSettings({ model, thinking });
      set({ defaults: { ...s.defaults, model, thinking } });
      settingsChanged({ ...s.conversation.settings, model, thinking });
    },

    setThinking(thinking) {
      const s = get();
      rememberThinking(s.conversation.settings.model, thinking);
      set({ defaults: { ...s.defaults, thinking } });
      settingsChanged({ ...s.conversation.settings, thinking });
    },

    setSendSystemMessages(on) {
      settingsChanged({ ...get().conversation.settings, sendSystemMessages: on || undefined });
    },

    setCustomInstructions(text) {
      const customInstructions = text.trim();
      saveSettings({ customInstructions: customInstructions || undefined });
      set({ customInstructions });
    },

    setChatParams(params) {
      const { temperature: _t, topP: _p, maxTokens: _m, ...rest } = get().conversation.settings;
      settingsChanged({ ...rest, ...params, systemPrompt: params.systemPrompt?.trim() || undefined });
    },

    patchSettings(patch) {
      settingsChanged({ ...get().conversation.settings, ...patch });
    },

    continueInNewChat() {
      const { conversation, messages } = get();
      // The chat's own instructions and sampling go along; its agent session and one-off switches do not.
      const { model, thinking, systemPrompt, temperature, topP, maxTokens } = conversation.settings;
      const carriedOver = { fromId: conversation.id, fromTitle: conversation.title, ...condensedTranscript(messages) };
      get().newChat();
      const next: Conversation = { ...get().conversation, settings: { ...get().conversation.settings, model, thinking, systemPrompt, temperature, topP, maxTokens, carriedOver } };
      // Saved at once, not with its first message: what it carries must survive a reload before then.
      // The URL follows (components/chat/use-conversation-route.ts).
      set({ conversation: next, saved: true });
      void get().persist(`conv:${next.id}`, () => putConversation(next));
      get().upsertListEntry(next);
    },

    dropCarriedOver() {
      const { carriedOver: _dropped, ...rest } = get().conversation.settings;
      settingsChanged(rest);
    },

    setAgent(agent) {
      settingsChanged({ ...get().conversation.settings, agent });
    },
  };
}
