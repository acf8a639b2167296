/** Domain types shared by the store, persistence, rendering and sharing. */

export type Role = "system" | "user" | "assistant";

/** An attachment as the browser keeps it: the exact bytes that were sent upstream. */
export interface Attachment {
  id: string;
  kind: "image" | "video";
  mimeType: string;
  /** The prepared bytes (EXIF applied, resized) that the model saw. */
  blob: Blob;
  name: string;
  width?: number;
  height?: number;
  size: number;
}

/** Why an assistant turn ended, as the UI understands it. */
export type FinishReason =
  | "stop"
  | "length"
  | "tool_calls"
  | "sensitive"
  | "network_error"
  | "aborted"
  | "error";

export interface MessageError {
  code: string;
  message: string;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  cachedTokens?: number;
  reasoningTokens?: number;
}

export interface ChatMessage {
  id: string;
  role: Role;
  /** Raw answer text as streamed (may hold GLM box tokens; never `<think>`). */
  content: string;
  reasoning?: string;
  /** Milliseconds the model spent thinking, measured from first to last reasoning delta. */
  reasoningMs?: number;
  attachments?: Attachment[];
  createdAt: number;
  model?: string;
  status?: "streaming" | "done" | "interrupted" | "error";
  finishReason?: FinishReason;
  error?: MessageError;
  usage?: Usage;
}

export interface ConversationSettings {
  model: string;
  thinking: boolean;
  systemPrompt?: string;
  /**
   * Whether `system` messages inside the history (they only arrive by importing a shared chat or
   * a file) are sent upstream. Off unless the user turns it on: someone else's system prompt
   * never steers this user's model unasked. The user's own `systemPrompt` is always sent.
   */
  sendSystemMessages?: boolean;
}

export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  pinned?: boolean;
  settings: ConversationSettings;
}
