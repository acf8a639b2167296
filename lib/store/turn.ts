/** One assistant answer: streamed into the store and saved as it grows (throttled), even if the user navigates away. */
import type { ChatMessage } from "@/lib/chat/message";
import { newId } from "@/lib/ids";
import { createStreamingSaver, putMessage } from "./persist-bridge";
import { runTurn } from "./run-turn";
import type { GetState, SetState } from "./store-types";

export const CONTINUE_PROMPT = "Continue your previous answer exactly where it stopped. Do not repeat anything you already wrote.";

const live = new Map<string, () => void>();
const running = new Set<Promise<void>>();

/** Resolves when every answer streaming now has finished and made its final save (tests, shutdown). */
export async function whenTurnsSettled(): Promise<void> {
  while (running.size) await Promise.all([...running]);
}

/** Stop a running answer without saving what is pending (its message or conversation was deleted). */
export function disposeTurn(messageId: string): void {
  live.get(messageId)?.();
}

export interface TurnOptions {
  /** The messages before the answer, as sent. */
  history: ChatMessage[];
  /** An interrupted answer to continue in place. */
  continueFrom?: ChatMessage;
}

export function startTurn(get: GetState, set: SetState, { history, continueFrom }: TurnOptions): void {
  const { conversation } = get();
  const conversationId = conversation.id;
  const settings = conversation.settings;
  let current: ChatMessage = continueFrom
    ? { ...continueFrom, status: "streaming", finishReason: undefined, error: undefined }
    : {
        id: newId(),
        role: "assistant",
        content: "",
        // Stored order is by createdAt: the answer must sort after its question even within one millisecond.
        createdAt: Math.max(Date.now(), (history.at(-1)?.createdAt ?? 0) + 1),
        model: settings.model,
        status: "streaming",
      };
  const id = current.id;
  const abort = new AbortController();
  const queueWrite = () => get().persist(`msg:${conversationId}:${id}`, () => putMessage(conversationId, current));
  const saver = createStreamingSaver(conversationId, id, { onError: () => void queueWrite() });
  let disposed = false;
  // runTurn may deliver one last frame-coalesced patch after it returns; once the final save is
  // made, a late patch must not schedule another write (it would resurrect a message deleted
  // right after, and re-take the stream lock).
  let finished = false;
  live.set(id, () => {
    disposed = true;
    saver.dispose();
    abort.abort();
  });

  set((s) => ({
    messages: continueFrom ? s.messages.map((m) => (m.id === id ? current : m)) : [...history, current],
    streamingId: id,
    abort,
  }));
  // Saved at once, so a reload before the first token still finds the (interrupted) answer.
  saver.update(current);

  const patch = (p: Partial<ChatMessage> | ((m: ChatMessage) => Partial<ChatMessage>)) => {
    const delta = typeof p === "function" ? p(current) : p;
    current = { ...current, ...delta };
    if (!disposed && !finished) saver.update(current);
    const s = get();
    if (s.conversation.id === conversationId) s.patchMessage(id, delta);
  };

  const requestHistory = continueFrom
    ? [...history, continueFrom, { id: "continue", role: "user" as const, content: CONTINUE_PROMPT, createdAt: Date.now() }]
    : history;
  const done = runTurn({
    history: requestHistory,
    settings,
    signal: abort.signal,
    patch,
    initial: continueFrom ? { content: continueFrom.content, reasoning: continueFrom.reasoning, reasoningMs: continueFrom.reasoningMs } : undefined,
  }).finally(async () => {
    live.delete(id);
    if (get().streamingId === id) set({ streamingId: null, abort: null });
    if (disposed) return;
    finished = true;
    saver.update(current);
    try {
      await saver.flush();
    } catch {
      // Kept in memory and queued: it lands once space is freed.
      void queueWrite();
    }
  });
  running.add(done);
  void done.finally(() => running.delete(done));
}
