import { applyEvent } from "@/lib/chat/apply-event";
import { ChatRequestError, streamChat } from "@/lib/chat/stream-client";
import { AgentStepError } from "@/lib/chat/agent-request";
import { toChatRequest } from "@/lib/chat/to-request";
import type { ChatMessage, ConversationSettings } from "@/lib/chat/message";
import { blobToBase64 } from "@/lib/media/base64";

interface TurnInput {
  history: ChatMessage[];
  settings: ConversationSettings;
  signal: AbortSignal;
  patch: (p: Partial<ChatMessage> | ((m: ChatMessage) => Partial<ChatMessage>)) => void;
  /** An interrupted answer being continued: new text is appended to it. */
  initial?: Pick<ChatMessage, "content" | "reasoning" | "reasoningMs">;
}

/**
 * Streams one assistant answer into the store. Deltas are coalesced per animation frame: the
 * network may deliver hundreds of events a second and React only needs one update per paint.
 */
export async function runTurn({ history, settings, signal, patch, initial }: TurnInput): Promise<void> {
  let text = initial?.content ?? "";
  let reasoning = initial?.reasoning ?? "";
  let reasoningStart: number | undefined;
  let reasoningMs: number | undefined = initial?.reasoningMs;
  // A continuation of an answer that already has text only appends text: new reasoning about
  // "continue" would read as nonsense above the original answer.
  const acceptReasoning = !initial?.content;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    patch({ content: text, reasoning: reasoning || undefined, reasoningMs });
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if (typeof requestAnimationFrame === "function" && document.visibilityState === "visible") requestAnimationFrame(flush);
    else setTimeout(flush, 50);
  };
  const endReasoning = () => {
    if (reasoningStart !== undefined && reasoningMs === undefined) reasoningMs = Date.now() - reasoningStart;
  };

  try {
    const request = await toChatRequest(history, settings, blobToBase64);
    for await (const event of streamChat(request, signal)) {
      switch (event.type) {
        case "reasoning":
          if (!acceptReasoning) break;
          reasoningStart ??= Date.now();
          reasoning += event.delta;
          schedule();
          break;
        case "text":
          endReasoning();
          text += event.delta;
          schedule();
          break;
        // Not deltas: folded in at once by the one reducer.
        case "usage":
        case "tool_call":
        case "sources":
        case "warning":
          patch((m) => applyEvent(m, event));
          break;
        case "finish":
          endReasoning();
          flush();
          patch({ status: "done", finishReason: event.reason, finishRaw: event.raw });
          return;
        case "interrupted":
          endReasoning();
          flush();
          patch({ status: "interrupted", error: { code: "stream_interrupted", message: event.message } });
          return;
        case "error":
          endReasoning();
          flush();
          patch((m) => applyEvent(m, event));
          return;
      }
    }
    if (signal.aborted) throw new DOMException("Aborted", "AbortError");
  } catch (error) {
    endReasoning();
    flush();
    if (signal.aborted) return patch({ status: "done", finishReason: "aborted" });
    const envelope =
      error instanceof ChatRequestError
        ? error.envelope
        : error instanceof AgentStepError
          ? { code: "bad_request", message: error.message }
          : { code: "internal", message: "Something went wrong. Retry in a moment." };
    patch({ status: "error", finishReason: "error", error: envelope });
  }
}
