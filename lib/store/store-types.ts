import type { AgentSession, Attachment, ChatMessage, Conversation, ConversationSettings, Feedback } from "@/lib/chat/message";
import type { ChatParams } from "@/lib/chat/params";
import type { ConversationSnapshot } from "@/lib/store/persist/conversations";
import type { StoredConversation } from "@/lib/store/persist/records";
import type { MessageUndo } from "./message-undo";

/** The files an edited question keeps (lib/store/branch-actions.ts). */
export interface EditedFiles {
  attachments: Attachment[];
  /** How many text file blocks lead its text. */
  textFiles: number;
}

export type RouteStatus = "ready" | "loading" | "missing";

export interface StorageWarning {
  message: string;
  usage?: number;
  quota?: number;
}

export interface ConversationSlice {
  conversation: Conversation;
  /** True once the conversation record exists (or is queued) in IndexedDB. */
  saved: boolean;
  /** The shown branch (lib/chat/tree.ts): what the list shows, the request sends and a share publishes. */
  messages: ChatMessage[];
  /** Every message of the conversation, every version (derive views with lib/chat/tree.ts). */
  allMessages: ChatMessage[];
  /** Settings for the next new chat, remembered across visits. */
  defaults: ConversationSettings;
  /** The user's custom instructions, sent as the system message of every chat (localStorage). */
  customInstructions: string;
  /** The answer streaming now (its live text is read from the turn owner, lib/chat/turn-runner.ts). */
  streamingId: string | null;
  /**
   * The answer another tab of this browser is streaming into the open conversation (its id): it
   * shows as it is saved, and no answer may start here until it ends (lib/store/open-sync.ts).
   */
  answeringElsewhere: string | null;
  /** Conversations with an answer streaming now, open or not (an answer goes on in the background). */
  answering: string[];
  /** Conversations another tab of this browser is answering in now (lib/store/other-tab-answers.ts). */
  answeringInOtherTabs: string[];
  routeStatus: RouteStatus;
  /**
   * False until the URL's conversation (or `/`'s new chat) has been taken up (openRoute, newChat):
   * the server does not know what a `/c/<id>` holds, so until then that page shows it is opening
   * one rather than a new chat's welcome.
   */
  routeTaken: boolean;
  /** The user message being edited in place. */
  editingId: string | null;
  /**
   * That edit, while another tab's change (read back here) keeps its question off screen: the
   * editor closed, its text kept, and a notice says so (lib/store/edit-away.ts).
   */
  editAway: string | null;

  /** `textFiles`: how many text-file blocks open `text` (the composer puts them first). */
  /** False when refused (an answer streaming, the conversation still opening): the caller keeps the text. */
  send(text: string, attachments?: Attachment[], textFiles?: number): boolean;
  /** Stop the open chat's answer: this tab's, or the one another tab streams (asked over the channel). */
  stop(): void;
  /** Retry a failed answer: it is replaced by a new one. */
  retry(assistantId: string): void;
  /** Ask again: the new answer is another version beside this one (lib/chat/tree.ts), and is shown. */
  regenerate(assistantId: string): void;
  /** Ask the model to go on from an interrupted answer; the continuation is appended to it. */
  continueAnswer(assistantId: string): void;
  /**
   * A new version of the question (the original stays), answered and shown. `files`: what is
   * left of its images, video, PDF pages and text files (the editor can take some out); absent, all stay.
   */
  editAndResend(userId: string, text: string, files?: EditedFiles): void;
  /** Show this version at its fork (and the versions above it leading there), and the branch below it. */
  showVersion(messageId: string): void;
  /** Thumbs up / down with an optional note on an answer; undefined clears it. */
  setFeedback(messageId: string, feedback: Feedback | undefined): void;
  /** From the turn owner: an answer started (new ones are shown) or ended. */
  answerStarted(conversationId: string, message: ChatMessage): void;
  answerEnded(conversationId: string, message: ChatMessage): void;
  setEditing(id: string | null): void;
  deleteMessage(id: string): void;
  /** What the last message delete took, for its Undo (lib/store/message-undo.ts); null once it no longer applies. */
  messageUndo: MessageUndo | null;
  /** Put back what the last message delete took, if the chat is still as the delete left it. */
  undoMessageDelete(): void;
  dismissMessageUndo(): void;
  newChat(): void;
  /** Show the conversation of the current URL (`null` for `/`). */
  openRoute(id: string | null): Promise<void>;
  /**
   * Replace the open conversation's state from IndexedDB (another tab changed it). False when this
   * tab was busy (its own answer streaming, writes waiting for space): read again once it is idle.
   */
  reloadOpen(): Promise<boolean>;
  setModel(model: string): void;
  setThinking(on: boolean): void;
  setCustomInstructions(text: string): void;
  /** This chat's system prompt and sampling; fields left out return to the model's default. */
  setChatParams(params: ChatParams & { systemPrompt?: string }): void;
  /** Whether imported `system` messages of this conversation are sent upstream. */
  setSendSystemMessages(on: boolean): void;
  /** Per-conversation switches (web search, dropping old images); not remembered as defaults. */
  patchSettings(patch: Partial<Pick<ConversationSettings, "webSearch" | "dropOldImages">>): void;
  /** A new chat whose system prompt carries a condensed copy of the open one. */
  /** A new chat that carries a condensed copy of this one (lib/chat/usage-summary.ts). */
  continueInNewChat(): void;
  dropCarriedOver(): void;
  /** Turns the conversation into a GUI-agent session (or back, with undefined). */
  setAgent(agent: AgentSession | undefined): void;
}

export interface HistorySlice {
  conversations: StoredConversation[];
  listLoaded: boolean;
  /** A deleted conversation that Undo can put back; `wasOpen`: it was the one on screen; `draft`: its unsent text. */
  undo: (ConversationSnapshot & { wasOpen: boolean; draft?: string }) | null;
  loadList(): Promise<void>;
  upsertListEntry(entry: StoredConversation): void;
  /** A write of this tab moved a conversation's activity time: its row moves up to match (no read). */
  noteActivity(id: string, updatedAt: number): void;
  rename(id: string, title: string): void;
  /** A title from the title model; ignored once the user has named the conversation. */
  applyGeneratedTitle(id: string, title: string): void;
  togglePin(id: string): void;
  deleteConversation(id: string): Promise<void>;
  undoDelete(): Promise<void>;
  dismissUndo(): void;
}

export interface StorageSlice {
  storageWarning: StorageWarning | null;
  /** Writes waiting for space (their data is in memory). */
  pendingWrites: number;
  quarantined: number;
  quarantineDismissed: boolean;
  /** Queue a write; quota errors keep it queued and raise the storage warning. */
  persist(key: string, write: () => Promise<unknown>): Promise<void>;
  retryWrites(): Promise<void>;
  dropAttachmentsOf(id: string): Promise<void>;
  noteQuarantined(count: number): void;
  dismissQuarantine(): void;
}

export type ChatState = ConversationSlice & HistorySlice & StorageSlice;
export type SetState = (partial: Partial<ChatState> | ((s: ChatState) => Partial<ChatState>)) => void;
export type GetState = () => ChatState;
