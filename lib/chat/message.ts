/**
 * THE conversation model: a message and its parts, defined once. Every other shape is derived
 * from these schemas: the wire request (./wire.ts), the stored records
 * (lib/store/persist/records.ts), the share snapshot (./share.ts) and the export file
 * (lib/store/persist/export-json.ts). zod/mini because this ships in the first-load bundle.
 */
import { z } from "zod/mini";
import { AGENT_PLATFORMS } from "@/lib/glm/agent/platforms";
import { waitedSecondsSchema } from "@/lib/errors";

/**
 * One version for the stored shape (IndexedDB database version, see lib/store/persist/db.ts and
 * docs/decisions/indexeddb-layout.md). Bump it with a new migration step when a stored record
 * must be rewritten; optional fields added later need no bump (old records simply lack them).
 */
export const SCHEMA_VERSION = 3;

export const ROLES = ["system", "user", "assistant"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Why an assistant turn ended, closed. The server maps every upstream reason onto this set
 * (lib/glm/normalise.ts); a reason it does not know becomes "other" and the raw string is kept
 * in `finishRaw` for display. Reading stored or imported data never fails on this field: an
 * unexpected value reads as "other" (a message is never quarantined for its finish reason).
 * "budget" is the server's: a "length" where it had lowered `max_tokens` to what was left of the
 * user's daily budget (lib/server/chat/check.ts), so the cut is the budget's, not the reply's limit.
 */
export const FINISH_REASONS = ["stop", "length", "budget", "tool_calls", "sensitive", "network_error", "aborted", "error", "other"] as const;
export const finishReasonSchema = z.catch(z.enum(FINISH_REASONS), "other");
export type FinishReason = (typeof FINISH_REASONS)[number];

export const STATUSES = ["streaming", "done", "interrupted", "error"] as const;
export const statusSchema = z.enum(STATUSES);
export type MessageStatus = z.infer<typeof statusSchema>;

/**
 * `resetAt` (ISO time) comes with `usage_limit` and `budget_exhausted` only (and the client's `length_budget`
 * notice, from the message's own `resetAt`): when the cap lifts. `retryAt` (ISO
 * time): when a refused request may be sent again, from its Retry-After (./retry-wait.ts). `param`
 * comes with `upstream_bad_request`: the request field the provider refused. `waitedSeconds` comes
 * with `upstream_timeout`: how long the server waited for the first byte, or through the silence that ended the answer.
 */
export const messageErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  resetAt: z.optional(z.string()),
  retryAt: z.optional(z.string()),
  param: z.optional(z.string()),
  waitedSeconds: waitedSecondsSchema,
});
export type MessageError = z.infer<typeof messageErrorSchema>;

export const usageSchema = z.object({
  promptTokens: z.number(),
  completionTokens: z.number(),
  totalTokens: z.number(),
  cachedTokens: z.optional(z.number()),
  reasoningTokens: z.optional(z.number()),
  /** From the server's price table when the model has a price. */
  costUsd: z.optional(z.number()),
  /**
   * Set when the counts above sum several requests (a Continue): the latest request's prompt plus
   * answer, which is what the next turn carries. The sum is the bill; this is the context in use.
   */
  latestRequestTokens: z.optional(z.number()),
  /**
   * A part of this answer ended (stopped, cut, dropped) before the server reported its usage, and a
   * Continue added to it: the counts above leave that part out, and the answer says so.
   */
  unreported: z.optional(z.boolean()),
});
export type Usage = z.infer<typeof usageSchema>;

/** A function call the model asked for; `arguments` is the JSON text as streamed (may be partial). */
export const toolCallSchema = z.object({
  id: z.string(),
  name: z.string(),
  arguments: z.string(),
});
export type ToolCall = z.infer<typeof toolCallSchema>;

/** One web-search result the answer may cite as `[ref_<index>]` (docs/glm-protocol.md section 10). */
export const sourceSchema = z.object({
  index: z.number(),
  title: z.string(),
  link: z.string(),
  /** The site or medium that published it (upstream `media`). */
  site: z.optional(z.string()),
  icon: z.optional(z.string()),
  publishDate: z.optional(z.string()),
  /** The upstream's own reference label, e.g. "ref_1". */
  refer: z.optional(z.string()),
  content: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

export const ATTACHMENT_KINDS = ["image", "video"] as const;

/** Which document and page an image attachment is; `docId` is shared by a document's pages. */
export const documentPageSchema = z.object({
  docId: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.maxLength(500)),
  page: z.number().check(z.int(), z.positive()),
  pageCount: z.number().check(z.int(), z.positive()),
});
export type DocumentPage = z.infer<typeof documentPageSchema>;

/** An attachment's description without its bytes (what records, exports and shares all keep). */
export const attachmentMetaSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(ATTACHMENT_KINDS),
  mimeType: z.string(),
  name: z.string(),
  width: z.optional(z.number()),
  height: z.optional(z.number()),
  size: z.number().check(z.nonnegative()),
  /** Set when the image is a rendered page of a PDF the user attached (lib/media/pdf). */
  doc: z.optional(documentPageSchema),
});

/** An attachment as the browser keeps it: the exact (prepared) bytes that were sent upstream. */
export const attachmentSchema = z.extend(attachmentMetaSchema, {
  blob: z.custom<Blob>((v) => typeof Blob !== "undefined" && v instanceof Blob),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** The user's verdict on an answer, with an optional note (kept with the message, exported, never shared). */
export const FEEDBACK_RATINGS = ["up", "down"] as const;
export const feedbackSchema = z.object({
  rating: z.enum(FEEDBACK_RATINGS),
  note: z.optional(z.string()),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** Every field of a message except its attachments (which are stored, exported and shared differently). */
export const messageFieldsSchema = z.object({
  id: z.string().check(z.minLength(1)),
  role: roleSchema,
  /**
   * The message this one follows (lib/chat/tree.ts): null for a first message; absent only in
   * data written before answer versions, which reads as one line in creation order.
   */
  parentId: z.optional(z.nullable(z.string())),
  /** The answer text as streamed (may hold GLM box tokens; never `<think>`). */
  content: z.string(),
  /**
   * A question's attached text files: how many named file blocks open `content`
   * (lib/media/text-file-blocks.ts). Absent on questions written before 2026-12-06, read by shape.
   */
  textFiles: z.optional(z.int().check(z.nonnegative(), z.maximum(1000))),
  reasoning: z.optional(z.string()),
  /** Milliseconds the model spent thinking, from its first reasoning delta to its first answer. */
  reasoningMs: z.optional(z.number()),
  /** Set while the model is thinking (clock of the tab streaming it); cleared once reasoningMs is known. */
  reasoningStartedAt: z.optional(z.number()),
  createdAt: z.number(),
  model: z.optional(z.string()),
  status: z.optional(statusSchema),
  finishReason: z.optional(finishReasonSchema),
  /** The upstream's own finish reason when it differs from finishReason (shown, never interpreted). */
  finishRaw: z.optional(z.string()),
  /**
   * With finishReason "budget" only: when the daily budget that cut the answer resets (ISO time,
   * from the finish event). Its card's Continue and Retry wait for it, as a refused request's
   * `budget_exhausted` card waits for its `error.resetAt`. Never shared.
   */
  resetAt: z.optional(z.string()),
  error: z.optional(messageErrorSchema),
  /** Something that did not end the answer but may have damaged it (e.g. an unreadable chunk). */
  warning: z.optional(messageErrorSchema),
  usage: z.optional(usageSchema),
  toolCalls: z.optional(z.array(toolCallSchema)),
  sources: z.optional(z.array(sourceSchema)),
  feedback: z.optional(feedbackSchema),
});

export const messageSchema = z.extend(messageFieldsSchema, {
  attachments: z.optional(z.array(attachmentSchema)),
});
export type ChatMessage = z.infer<typeof messageSchema>;

/** A GUI-agent session (lib/glm/agent): every step is one templated request, never a chat turn. */
export const agentSessionSchema = z.object({
  task: z.string().check(z.maxLength(4000)),
  platform: z.enum(AGENT_PLATFORMS),
});
export type AgentSession = z.infer<typeof agentSessionSchema>;

export const conversationSettingsSchema = z.object({
  model: z.string(),
  thinking: z.boolean(),
  systemPrompt: z.optional(z.string()),
  /**
   * Whether `system` messages inside the history (they only arrive by importing a shared chat or
   * a file) are sent upstream. Off unless the user turns it on: someone else's system prompt
   * never steers this user's model unasked. The user's own `systemPrompt` is always sent.
   */
  sendSystemMessages: z.optional(z.boolean()),
  /** Z.ai's built-in web search for this conversation (text models only). */
  webSearch: z.optional(z.boolean()),
  /** Send only the latest message's images and video, to keep a long visual chat within context. */
  dropOldImages: z.optional(z.boolean()),
  agent: z.optional(agentSessionSchema),
  /**
   * A condensed copy of the chat this one continues ("Continue in a new chat"), sent as system
   * text and shown on the chat's first screen so the user knows what the model was given.
   */
  carriedOver: z.optional(
    z.object({
      fromId: z.string(),
      fromTitle: z.string(),
      text: z.string().check(z.maxLength(20_000)),
      included: z.number(),
      total: z.number(),
    }),
  ),
  /** Sampling for this conversation (lib/chat/params.ts); absent means the model's default. */
  temperature: z.optional(z.number()),
  topP: z.optional(z.number()),
  maxTokens: z.optional(z.number()),
});
export type ConversationSettings = z.infer<typeof conversationSettingsSchema>;

export const conversationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  /** Who named it: absent for the first line of the first message, which a generated title may replace. */
  titleSource: z.optional(z.enum(["generated", "user"])),
  createdAt: z.number(),
  updatedAt: z.number(),
  pinned: z.optional(z.boolean()),
  settings: conversationSettingsSchema,
  /** Points at the conversation's first image, so the sidebar can show it. */
  thumbnail: z.optional(z.object({ messageId: z.string(), attachmentId: z.string() })),
  /** Which version is shown at each fork: parent id ("" for the first messages) → child id (lib/chat/tree.ts). */
  branches: z.optional(z.record(z.string(), z.string())),
});
export type Conversation = z.infer<typeof conversationSchema>;
