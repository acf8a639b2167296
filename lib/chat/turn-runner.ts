/**
 * The one owner of running turns (at most one per conversation: an answer goes on while the user
 * reads or writes in another chat, as in every chat product): it sends the request, folds the events into the answer with
 * applyEvent, holds the AbortController (cancellation happens here only), saves the growing
 * answer through the streaming saver, and owns the write queue every IndexedDB write of the app
 * goes through. The store only hears "started" and "ended" with plain, serialisable messages;
 * the view reads the live answer through subscribe/live and coalesces repaints itself.
 */
import { newId } from "@/lib/ids";
import { putMessage } from "@/lib/store/persist/messages";
import { createStreamingSaver, type StreamingSaver } from "@/lib/store/persist/streaming-saver";
import { createWriteQueue, type WriteQueue } from "@/lib/store/write-queue";
import { applyEvent, endOfContinue, endOfStream, stopped, UNREPORTED_PART } from "./apply-event";
import type { ChatMessage } from "./message";
import type { streamChat } from "./stream-client";
import type { TurnSettings } from "./to-request";
import { CONTINUE_PROMPT } from "./continue-prompt";

type RequestPath = typeof import("./turn-request");
let requestPath: Promise<RequestPath> | undefined;

/**
 * The request path (./turn-request.ts), fetched on first use: a page that only reads
 * conversations never evaluates it. The composer asks for it when the user starts writing.
 */
export function loadRequestPath(): Promise<RequestPath> {
  requestPath ??= import("./turn-request").catch((error: unknown) => {
    requestPath = undefined; // a failed fetch (offline) is retried on the next turn
    throw error;
  });
  return requestPath;
}

export interface TurnStart {
  conversationId: string;
  settings: TurnSettings;
  /** The messages before the answer, as sent. */
  history: ChatMessage[];
  /** An interrupted answer to continue in place (new text is appended to it). */
  continueFrom?: ChatMessage;
}

/** What the runner tells its owner (the store); every argument is plain data. */
export interface TurnEvents {
  started(conversationId: string, message: ChatMessage): void;
  ended(conversationId: string, message: ChatMessage): void;
  /** A write was refused for quota; it stays queued (its data is in memory). */
  writesFull(error: unknown, pending: number): void;
  writesDrained(): void;
}

export interface TurnDeps {
  stream?: typeof streamChat;
  now?: () => number;
  isFull?: (error: unknown) => boolean;
}

/**
 * How long an ended answer waits for its final save before it is shown as ended anyway (a write
 * that hangs, e.g. another tab blocking the database, must not leave it "streaming" on screen).
 */
const SAVE_BEFORE_ENDED_MS = 3000;

interface Turn {
  conversationId: string;
  message: ChatMessage;
  /** What the view sees: the answer while it streams; its ended state only once that is saved. */
  shown: ChatMessage;
  abort: AbortController;
  saver: StreamingSaver;
  /** Deleted meanwhile: nothing more is saved or reported. */
  discarded: boolean;
  /** How an abort ends it: Stop's `stopped` unless it was stopped for another reason (signing out). */
  ending?: Ending;
}

/** How an aborted answer ends (./apply-event.ts: `stopped`, `signedOut`). */
type Ending = (message: ChatMessage, now: number) => ChatMessage;

export class TurnRunner {
  /** The running turn of each conversation, by conversation id. */
  private readonly turns = new Map<string, Turn>();
  private readonly running = new Set<Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private readonly writes: WriteQueue;
  private readonly stream: typeof streamChat | undefined;
  private readonly now: () => number;

  constructor(private readonly events: TurnEvents, deps: TurnDeps = {}) {
    this.stream = deps.stream;
    this.now = deps.now ?? Date.now;
    this.writes = createWriteQueue(
      {
        onFull: (error) => events.writesFull(error, this.writes.size),
        onDrained: () => events.writesDrained(),
        onDropped: (key, error) => console.warn(`GLM Chat: a write (${key}) was dropped`, error),
      },
      deps.isFull ?? (() => false),
    );
  }

  // --- Writes: one queue, ordered, latest wins per key, kept while storage is full.

  persist(key: string, write: () => Promise<unknown>): Promise<void> {
    return this.writes.enqueue(key, write);
  }

  retryWrites(): Promise<void> {
    return this.writes.drain();
  }

  get pendingWrites(): number {
    return this.writes.size;
  }

  /** Forget queued writes of a conversation that no longer exists. */
  forgetConversation(conversationId: string): void {
    for (const prefix of ["conv:", "msg:", "del:"]) this.writes.discard(`${prefix}${conversationId}${prefix === "conv:" ? "" : ":"}`);
  }

  /** Forget queued writes of messages just deleted (a late write would bring them back). */
  forgetMessages(conversationId: string, ids: readonly string[]): void {
    for (const id of ids) this.writes.discard(messageKey(conversationId, id));
  }

  /** Forget a queued write of one field of the conversation record (a later write carries it). */
  forgetField(conversationId: string, field: ConversationField): void {
    this.writes.discard(fieldKey(conversationId, field));
  }

  /** The one write path of a message: through the queue, keyed by the message. */
  saveMessage(conversationId: string, message: ChatMessage): Promise<void> {
    return this.persist(messageKey(conversationId, message.id), () => putMessage(conversationId, message));
  }

  // --- Turns.

  /** The answer streaming in this conversation, as it stands now (a conversation opened mid-answer). */
  runningIn(conversationId: string): ChatMessage | undefined {
    return this.turns.get(conversationId)?.shown;
  }

  /** The answer as it stands now, while it streams (the view's source between store updates). */
  live(messageId: string): ChatMessage | undefined {
    return this.byMessage(messageId)?.shown;
  }

  /** Called after every event of the running turn; returns unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start({ conversationId, settings, history, continueFrom }: TurnStart): ChatMessage {
    this.stop(conversationId);
    const message: ChatMessage = continueFrom
      ? { ...continueFrom, status: "streaming", finishReason: undefined, finishRaw: undefined, resetAt: undefined, error: undefined }
      : {
          id: newId(),
          role: "assistant",
          // The answer follows the last message sent (a regenerated one is a sibling of the old answer).
          parentId: history.at(-1)?.id ?? null,
          content: "",
          // Stored order is by createdAt: the answer must sort after its question even within one millisecond.
          createdAt: Math.max(this.now(), (history.at(-1)?.createdAt ?? 0) + 1),
          model: settings.model,
          status: "streaming",
        };
    const saver = createStreamingSaver(conversationId, message.id, { write: (id, m) => this.saveMessage(id, m) });
    const turn: Turn = { conversationId, message, shown: message, abort: new AbortController(), saver, discarded: false };
    this.turns.set(conversationId, turn);
    this.events.started(conversationId, message);
    // Saved at once, so a reload before the first token still finds the (interrupted) answer.
    saver.update(message);

    const requestHistory = continueFrom
      ? [...history, continueFrom, { id: "continue", role: "user" as const, content: CONTINUE_PROMPT, createdAt: this.now() }]
      : history;
    const done = this.run(turn, requestHistory, settings, !!continueFrom?.content).finally(() => this.running.delete(done));
    this.running.add(done);
    return message;
  }

  /** Stop the conversation's running answer (Stop): what arrived is kept and saved. */
  stop(conversationId: string): void {
    this.turns.get(conversationId)?.abort.abort();
  }

  /**
   * Stop every running answer, ended by `ending` (signing out: the page leaves next), and resolve
   * once each has made its final save (or given up waiting for it, as every ended answer does).
   */
  async stopAll(ending: Ending): Promise<void> {
    for (const turn of this.turns.values()) {
      turn.ending = ending;
      turn.abort.abort();
    }
    await this.whenSettled();
  }

  /** Stop an answer and save nothing more (its message was deleted). */
  discard(messageId: string): void {
    const turn = this.byMessage(messageId);
    if (!turn) return;
    turn.discarded = true;
    turn.saver.dispose();
    turn.abort.abort();
  }

  /** Stop the conversation's running answer and save nothing more (the conversation was deleted). */
  discardConversation(conversationId: string): void {
    const turn = this.turns.get(conversationId);
    if (turn) this.discard(turn.message.id);
  }

  /** Stop every answer and forget every queued write, saving nothing more ("Delete all data"). */
  discardAll(): void {
    for (const turn of [...this.turns.values()]) this.discard(turn.message.id);
    this.writes.discard("");
  }

  private byMessage(messageId: string): Turn | undefined {
    for (const turn of this.turns.values()) if (turn.message.id === messageId) return turn;
    return undefined;
  }

  /** Resolves when every turn has ended and made its final save (tests, shutdown). */
  async whenSettled(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }

  private async run(turn: Turn, history: ChatMessage[], settings: TurnSettings, appendOnly: boolean): Promise<void> {
    const { signal } = turn.abort;
    // A part written before (stopped, dropped) that was never reported still happened: its
    // tokens are unknown, so the continued answer's counts are marked as leaving it out.
    const wroteBefore = !!(turn.message.content || turn.message.reasoning);
    const usageBefore = appendOnly ? (turn.message.usage ?? (wroteBefore ? UNREPORTED_PART : undefined)) : undefined;
    const apply = (next: ChatMessage) => {
      turn.message = next;
      if (!turn.discarded) turn.saver.update(next);
      // The ended state is shown by finish, after its save: a reload the moment an answer shows
      // as done found it still "streaming" in storage, with the text of its last interval save.
      if (next.status !== "streaming") return;
      turn.shown = next;
      for (const listener of this.listeners) listener();
    };
    let path: RequestPath | undefined;
    try {
      path = await loadRequestPath();
      const request = await path.toChatRequest(history, settings, path.blobToBase64);
      for await (const event of (this.stream ?? path.streamChat)(request, signal)) {
        apply(applyEvent(turn.message, event, { now: this.now(), appendOnly, usageBefore }));
        // A finish or an error ends the answer: anything after it is not part of this turn.
        if (turn.message.status !== "streaming") break;
      }
      apply(signal.aborted ? (turn.ending ?? stopped)(turn.message, this.now()) : endOfStream(turn.message, { now: this.now() }));
    } catch (error) {
      if (signal.aborted) apply((turn.ending ?? stopped)(turn.message, this.now()));
      else {
        const envelope =
          path && error instanceof path.ChatRequestError
            ? error.envelope
            : (error as Error | null)?.name === "AgentStepError"
              ? { code: "bad_request", message: (error as Error).message }
              : { code: "internal", message: "Something went wrong. Retry in a moment." };
        apply(applyEvent(turn.message, { type: "error", ...envelope }, { now: this.now() }));
      }
    } finally {
      if (appendOnly) apply(endOfContinue(turn.message));
      await this.finish(turn);
    }
  }

  private async finish(turn: Turn): Promise<void> {
    // The final save goes through the queue like every other write: a quota error keeps it queued
    // (the queue settles, so this returns, and the storage-full notice says what happened).
    if (!turn.discarded) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, SAVE_BEFORE_ENDED_MS)));
      await Promise.race([turn.saver.flush().catch(() => undefined), late]);
      clearTimeout(timer);
    }
    turn.shown = turn.message;
    if (this.turns.get(turn.conversationId) === turn) this.turns.delete(turn.conversationId);
    if (!turn.discarded) this.events.ended(turn.conversationId, turn.message);
    for (const listener of this.listeners) listener();
  }
}

function messageKey(conversationId: string, messageId: string): string {
  return `msg:${conversationId}:${messageId}`;
}

/** The conversation record's fields written on their own (conversation-slice.ts, saveField). */
export type ConversationField = "settings" | "branches";

/** The queue key of a write of one field of the conversation record. */
export function fieldKey(conversationId: string, field: ConversationField): string {
  return `conv:${conversationId}:${field}`;
}
